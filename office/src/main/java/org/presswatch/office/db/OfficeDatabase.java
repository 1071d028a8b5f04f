package org.presswatch.office.db;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.presswatch.core.config.DataLayout;
import org.presswatch.core.util.Validate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The office database: everything the press office keeps (today the rebuttal library, every
 * version of every entry) in one embedded H2 database, the file {@value #FILE}{@code .mv.db} of a
 * folder of its own ({@link DataLayout#officeDatabase()}), its schema brought up to date by
 * Flyway on every open. The office's stores reach it through JDBC alone.
 *
 * <p>H2 locks the file: one process at a time holds the database; within that process, connections
 * to the same folder share it.
 */
public final class OfficeDatabase {
    /** The name of the database file, without H2's {@code .mv.db}. */
    static final String FILE = "office";
    static final String USER = "sa";
    static final String PASSWORD = "";
    private static final String EARLIER_FILE = "library.mv.db";
    private static final Logger LOG = LoggerFactory.getLogger(OfficeDatabase.class);

    private OfficeDatabase() {}

    /**
     * Connects to the office database in a folder, creating the folder and the database when
     * absent and bringing its schema up to date.
     *
     * @throws IOException when the database cannot be opened (another process holds it, the file
     *     is damaged, the folder cannot be created) or was written by a newer presswatch; the
     *     message names the folder
     */
    public static Connection connect(Path directory) throws IOException {
        Validate.notNull(directory, "directory");
        Path absolute = directory.toAbsolutePath().normalize();
        if (absolute.toString().contains(";")) {
            // H2 would read what follows as a setting of the database URL
            throw new IOException("cannot open the office database in " + absolute + ": H2 cannot use a path containing ';'");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IOException("cannot open the office database in " + absolute + ": it is not a directory");
        }
        Files.createDirectories(absolute);
        JdbcDataSource database = new JdbcDataSource();
        database.setURL(url(absolute));
        database.setUser(USER);
        database.setPassword(PASSWORD);
        Connection connection;
        try {
            connection = database.getConnection();
        } catch (SQLException e) {
            throw new IOException("cannot open the office database in " + absolute + ": " + e.getMessage(), e);
        }
        try {
            OfficeSchema.migrate(database, absolute);
            return connection;
        } catch (IOException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * The database in a folder. WRITE_DELAY=0 writes each commit before the commit returns; H2's
     * own shutdown hook is off because the stores close the database, and a hook of the
     * application's may still save while the JVM exits.
     */
    static String url(Path absoluteDirectory) {
        return "jdbc:h2:file:" + absoluteDirectory.resolve(FILE) + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * Whether the data folder holds an office database, an earlier presswatch's library database
     * moved into place first ({@link #adoptEarlierLibrary}): for readers that must not create one.
     */
    public static boolean existsIn(DataLayout layout) throws IOException {
        adoptEarlierLibrary(layout);
        return Files.isDirectory(layout.officeDatabase());
    }

    /**
     * Moves the library database of an earlier presswatch ({@link DataLayout#earlierLibraryDatabase()})
     * to be the office database, when there is one and no office database yet: its schema and
     * its every version carry over as they are. Does nothing otherwise.
     */
    public static void adoptEarlierLibrary(DataLayout layout) throws IOException {
        Path earlier = layout.earlierLibraryDatabase().resolve(EARLIER_FILE);
        Path office = layout.officeDatabase().resolve(FILE + ".mv.db");
        if (!Files.isRegularFile(earlier) || Files.exists(office)) {
            return;
        }
        Files.createDirectories(layout.officeDatabase());
        Files.move(earlier, office);
        try {
            Files.deleteIfExists(layout.earlierLibraryDatabase());
        } catch (DirectoryNotEmptyException e) {
            // H2's trace file, or the user's own: left where it is
        }
        LOG.info("the rebuttal library of {} is now the office database in {}", earlier, layout.officeDatabase());
    }
}
