package org.presswatch.office.library;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.presswatch.core.json.Json;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.core.util.IoThreads;
import org.presswatch.core.util.Validate;
import org.presswatch.office.db.OfficeDatabase;

/**
 * The rebuttal library in the office database ({@link OfficeDatabase}).
 *
 * <p>Each version is a row holding the whole entry as JSON (core's {@link Json} form), and each
 * entry a row pointing at its current version; a save writes both in one transaction, or
 * neither, and returns once its version is on the disk ({@link OfficeDatabase#durably}), so a
 * save survives the process being killed right after it, and a power cut too. Thread-safe.
 */
public final class JdbcRebuttalLibrary implements RebuttalLibrary {
    private static final String CURRENT_VERSION = "SELECT current_version FROM rebuttal WHERE id = ?";
    private static final String DOCUMENT = "SELECT document FROM rebuttal_version WHERE id = ? AND version = ?";

    private final OfficeDatabase database;
    /** Whether {@link #close} closes the database: only one this library opened itself. */
    private final boolean ownsDatabase;
    private volatile boolean closed;

    private JdbcRebuttalLibrary(OfficeDatabase database, boolean ownsDatabase) {
        this.database = database;
        this.ownsDatabase = ownsDatabase;
    }

    /**
     * The library in an office database someone else opened and closes; closing the library
     * leaves the database open.
     */
    public static JdbcRebuttalLibrary in(OfficeDatabase database) {
        return new JdbcRebuttalLibrary(Validate.notNull(database, "database"), false);
    }

    /**
     * Opens the library in the embedded office database of a directory, creating the directory
     * and the database when absent; closing the library closes the database.
     *
     * @throws IOException when the database cannot be opened (the file is damaged, the directory
     *     cannot be created) or was written by a newer presswatch
     */
    public static JdbcRebuttalLibrary open(Path directory) throws IOException {
        return owning(OfficeDatabase.embedded(directory));
    }

    /** The library in an office database it takes over: closing the library closes the database. */
    public static JdbcRebuttalLibrary owning(OfficeDatabase database) {
        return new JdbcRebuttalLibrary(Validate.notNull(database, "database"), true);
    }

    @Override
    public Rebuttal save(Rebuttal entry, String editor) throws IOException {
        Validate.notNull(entry, "entry");
        Validate.notBlank(editor, "editor");
        return database().durably("save rebuttal " + entry.id(), connection -> save(connection, entry, editor));
    }

    private Rebuttal save(Connection connection, Rebuttal entry, String editor) throws SQLException, IOException {
        OptionalInt currentVersion = currentVersion(connection, entry.id(), true);
        if (currentVersion.isPresent()) {
            Rebuttal current = read(connection, entry.id(), currentVersion.getAsInt());
            if (entry.sameContentAs(current)) {
                return current;
            }
        }
        int version = currentVersion.orElse(0) + 1;
        Rebuttal stored = entry.asVersion(version, Instant.now(), editor);
        String pointer = version == 1
                ? "INSERT INTO rebuttal (current_version, id) VALUES (?, ?)"
                : "UPDATE rebuttal SET current_version = ? WHERE id = ?";
        try (PreparedStatement update = connection.prepareStatement(pointer)) {
            update.setInt(1, version);
            update.setString(2, stored.id());
            update.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO rebuttal_version (id, version, status, updated_at, editor, document) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, stored.id());
            insert.setInt(2, stored.version());
            insert.setString(3, stored.status().name());
            insert.setObject(4, stored.updatedAt().atOffset(ZoneOffset.UTC));
            insert.setString(5, stored.editor());
            insert.setString(6, Json.mapper().writeValueAsString(stored));
            insert.executeUpdate();
        }
        return stored;
    }

    @Override
    public Optional<Rebuttal> get(String id) throws IOException {
        Validate.notNull(id, "id");
        return database().transaction("read rebuttal " + id, connection -> {
            OptionalInt version = currentVersion(connection, id, false);
            return version.isPresent() ? Optional.of(read(connection, id, version.getAsInt())) : Optional.empty();
        });
    }

    @Override
    public List<Rebuttal> history(String id) throws IOException {
        Validate.notNull(id, "id");
        return database().transaction("read the history of rebuttal " + id, connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, version, document FROM rebuttal_version WHERE id = ? ORDER BY version")) {
                query.setString(1, id);
                return readAll(query);
            }
        });
    }

    @Override
    public List<Rebuttal> all() throws IOException {
        return database().transaction("read the rebuttals", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT v.id, v.version, v.document FROM rebuttal r"
                    + " JOIN rebuttal_version v ON v.id = r.id AND v.version = r.current_version ORDER BY r.id")) {
                return readAll(query);
            }
        });
    }

    @Override
    public long count() throws IOException {
        return database().transaction("count the rebuttals", connection -> {
            try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery("SELECT COUNT(*) FROM rebuttal")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /**
     * Later calls throw {@link IllegalStateException}; the database closes too when this library
     * opened it, once the calls already begun are done.
     */
    @Override
    public void close() throws IOException {
        closed = true;
        if (ownsDatabase) {
            database.close();
        }
    }

    private OfficeDatabase database() {
        if (closed) {
            throw new IllegalStateException("the rebuttal library " + database.where() + " is closed");
        }
        return database;
    }

    /** FOR UPDATE in a save: other threads and processes share the database. */
    private static OptionalInt currentVersion(Connection connection, String id, boolean forUpdate) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(forUpdate ? CURRENT_VERSION + " FOR UPDATE" : CURRENT_VERSION)) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? OptionalInt.of(rows.getInt(1)) : OptionalInt.empty();
            }
        }
    }

    private Rebuttal read(Connection connection, String id, int version) throws SQLException, IOException {
        try (PreparedStatement query = connection.prepareStatement(DOCUMENT)) {
            query.setString(1, id);
            query.setInt(2, version);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IOException("the rebuttal library " + database.where() + " points rebuttal " + id + " at version "
                            + version + ", which it does not hold");
                }
                return parse(id, version, rows.getString(1));
            }
        }
    }

    private List<Rebuttal> readAll(PreparedStatement query) throws SQLException, IOException {
        List<Rebuttal> entries = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                entries.add(parse(rows.getString(1), rows.getInt(2), rows.getString(3)));
            }
        }
        return entries;
    }

    private Rebuttal parse(String id, int version, String document) throws IOException {
        try {
            return Json.mapper().readValue(document, Rebuttal.class);
        } catch (IOException e) {
            throw new IOException("cannot read rebuttal " + id + " version " + version + " in the rebuttal library "
                    + database.where() + ": " + e.getMessage(), e);
        }
    }
}
