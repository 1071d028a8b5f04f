package org.presswatch.office.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.config.DataLayout;
import org.presswatch.core.model.LocalizedText;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.office.library.JdbcRebuttalLibrary;

/** The office database: its migrations, refusing what it cannot read, and taking over an earlier library's database. */
class OfficeDatabaseTest {
    /** Flyway's own rows (the table's creation) have no version. */
    private static final String APPLIED_MIGRATIONS =
            "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"";

    @TempDir
    Path dir;

    @Test
    void openingAppliesTheMigrationsAndRecordsThem() throws IOException, SQLException {
        OfficeDatabase.embedded(dir).close();

        try (Connection db = connect(); Statement query = db.createStatement();
                ResultSet rows = query.executeQuery(APPLIED_MIGRATIONS)) {
            for (String version : List.of("1", "2")) {
                assertTrue(rows.next(), "flyway_schema_history records migration " + version);
                assertEquals(version, rows.getString(1), "the applied version");
                assertTrue(rows.getBoolean(2), "the migration succeeded");
            }
        }
        OfficeDatabase.embedded(dir).close();
        try (Connection db = connect(); Statement query = db.createStatement();
                ResultSet rows = query.executeQuery(APPLIED_MIGRATIONS)) {
            rows.next();
            rows.next();
            assertFalse(rows.next(), "a second open applies nothing again");
        }
    }

    @Test
    void aDatabaseWithANewerSchemaIsRefused() throws IOException, SQLException {
        OfficeDatabase.embedded(dir).close();
        Flyway.configure()
                .dataSource(OfficeDatabase.url(dir.toAbsolutePath()), OfficeDatabase.USER, OfficeDatabase.PASSWORD)
                .locations(OfficeSchema.LOCATION, "classpath:db/office-later")
                .load()
                .migrate();

        IOException e = assertThrows(IOException.class, () -> OfficeDatabase.embedded(dir));

        assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()), "the message names the directory: " + e.getMessage());
        assertTrue(e.getMessage().contains("schema version 99, newer than this presswatch knows (2)"),
                "the message gives both versions: " + e.getMessage());
    }

    @Test
    void aDamagedFileIsAnIOExceptionNamingTheDirectory() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(dir.resolve(OfficeDatabase.FILE + ".mv.db"), garbage);

        IOException e = assertThrows(IOException.class, () -> OfficeDatabase.embedded(dir));

        assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()), "the message names the directory: " + e.getMessage());
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsAnIOExceptionNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("office"), "not a directory");

        IOException e = assertThrows(IOException.class, () -> OfficeDatabase.embedded(file));

        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("not a directory"), e.getMessage());
    }

    @Test
    void theLibraryDatabaseOfAnEarlierPresswatchBecomesTheOfficeDatabaseWithEveryVersion() throws IOException {
        DataLayout layout = DataLayout.under(dir.resolve("data"));
        // what presswatch wrote before the office database: the same schema, in data/library/library.mv.db
        Path earlier = layout.earlierLibraryDatabase();
        Files.createDirectories(earlier);
        List<Rebuttal> saved;
        try (JdbcRebuttalLibrary library = JdbcRebuttalLibrary.open(earlier)) {
            Rebuttal first = entry("paracels", "Hoàng Sa");
            library.save(first, "office");
            library.save(new Rebuttal("paracels", "Hoàng Sa, sửa", first.claims(), List.of(), List.of(), List.of(), List.of(),
                    Rebuttal.Status.APPROVED, 1, Instant.EPOCH, "x"), "office");
            saved = library.history("paracels");
        }
        Files.move(earlier.resolve(OfficeDatabase.FILE + ".mv.db"), earlier.resolve("library.mv.db"));

        OfficeDatabase.adoptEarlierLibrary(layout);

        assertFalse(Files.exists(earlier), "the earlier folder is gone once empty");
        try (JdbcRebuttalLibrary library = JdbcRebuttalLibrary.open(layout.officeDatabase())) {
            assertEquals(saved, library.history("paracels"), "every version, as it was");
        }
        OfficeDatabase.adoptEarlierLibrary(layout);
        assertTrue(Files.exists(layout.officeDatabase().resolve(OfficeDatabase.FILE + ".mv.db")), "adopting again changes nothing");
    }

    @Test
    void aReaderFindsNoDatabaseWithoutMakingOneAndTakesOverAnEarlierLibrary() throws IOException {
        DataLayout layout = DataLayout.under(dir.resolve("data"));
        assertFalse(OfficeDatabase.existsIn(layout));
        assertFalse(Files.exists(layout.officeDatabase()), "asking creates nothing");

        Files.createDirectories(layout.earlierLibraryDatabase());
        try (JdbcRebuttalLibrary library = JdbcRebuttalLibrary.open(layout.earlierLibraryDatabase())) {
            library.save(entry("old", "Kept"), "office");
        }
        Files.move(layout.earlierLibraryDatabase().resolve(OfficeDatabase.FILE + ".mv.db"),
                layout.earlierLibraryDatabase().resolve("library.mv.db"));
        assertTrue(OfficeDatabase.existsIn(layout), "an earlier library counts, moved into place");
        try (JdbcRebuttalLibrary library = JdbcRebuttalLibrary.open(layout.officeDatabase())) {
            assertEquals(List.of("old"), library.all().stream().map(Rebuttal::id).toList());
        }
    }

    @Test
    void anOfficeDatabaseIsNeverReplacedByAnEarlierLibrary() throws IOException {
        DataLayout layout = DataLayout.under(dir.resolve("data"));
        try (JdbcRebuttalLibrary library = JdbcRebuttalLibrary.open(layout.officeDatabase())) {
            library.save(entry("current", "Now"), "office");
        }
        Files.createDirectories(layout.earlierLibraryDatabase());
        Files.writeString(layout.earlierLibraryDatabase().resolve("library.mv.db"), "an old copy");

        OfficeDatabase.adoptEarlierLibrary(layout);

        assertTrue(Files.exists(layout.earlierLibraryDatabase().resolve("library.mv.db")), "the earlier file is left alone");
        try (JdbcRebuttalLibrary library = JdbcRebuttalLibrary.open(layout.officeDatabase())) {
            assertEquals(List.of("current"), library.all().stream().map(Rebuttal::id).toList());
        }
    }

    private static Rebuttal entry(String id, String title) {
        return new Rebuttal(id, title, List.of(new LocalizedText("vi", "Việt Nam chưa bao giờ thực thi chủ quyền ở Hoàng Sa.")), List.of(),
                List.of(), List.of(), List.of(), Rebuttal.Status.DRAFT, 1, Instant.EPOCH, "test");
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(OfficeDatabase.url(dir.toAbsolutePath()), OfficeDatabase.USER, OfficeDatabase.PASSWORD);
    }
}
