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
 * The rebuttal library in the office database ({@link OfficeDatabase}) of a directory.
 * {@link #open} creates the database or brings its schema up to date, and refuses one written by
 * a newer presswatch.
 *
 * <p>Each version is a row holding the whole entry as JSON (core's {@link Json} form), and each
 * entry a row pointing at its current version; a save writes both in one transaction, or
 * neither. A save returns once its version is written and flushed to the disk: the database
 * writes every commit at once rather than within H2's default half second, so a save survives
 * the process being killed right after it, and it asks the operating system to flush, so it
 * survives a power cut too.
 *
 * <p>One instance holds one connection, and runs every call on a thread of its own, one call at
 * a time: ample for a library that people edit, and the caller's thread never touches the file.
 * That matters because H2 closes the whole database when a thread is interrupted in the middle of
 * file I/O, and callers do get interrupted (servers interrupt their threads when they stop). An
 * interrupted caller gets an {@link InterruptedIOException}; its call still completes. H2 locks
 * the file, so a second process cannot open the same directory; within one process, share the
 * instance. Thread-safe.
 */
public final class JdbcRebuttalLibrary implements RebuttalLibrary {
    private static final String CURRENT_VERSION = "SELECT current_version FROM rebuttal WHERE id = ?";
    private static final String DOCUMENT = "SELECT document FROM rebuttal_version WHERE id = ? AND version = ?";

    private final Path directory;
    /** Used on {@link #io}'s thread only. */
    private final Connection connection;
    private final IoThreads io;

    private JdbcRebuttalLibrary(Path directory, Connection connection) {
        this.directory = directory;
        this.connection = connection;
        this.io = IoThreads.of("the rebuttal library in " + directory, "rebuttal-library-" + directory.getFileName(), 1);
    }

    /**
     * Opens the library in the office database of a directory, creating the directory and the
     * database when absent.
     *
     * @throws IOException when the database cannot be opened (another process has it, the file
     *     is damaged, the directory cannot be created) or was written by a newer presswatch
     */
    public static JdbcRebuttalLibrary open(Path directory) throws IOException {
        Validate.notNull(directory, "directory");
        Path absolute = directory.toAbsolutePath().normalize();
        Connection connection = OfficeDatabase.connect(absolute);
        try {
            connection.setAutoCommit(false);
            return new JdbcRebuttalLibrary(absolute, connection);
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw new IOException("cannot open the rebuttal library in " + absolute + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Rebuttal save(Rebuttal entry, String editor) throws IOException {
        Validate.notNull(entry, "entry");
        Validate.notBlank(editor, "editor");
        return io.call(() -> {
            Rebuttal stored = inTransaction("save rebuttal " + entry.id(), () -> saveInTransaction(entry, editor));
            try (Statement flush = connection.createStatement()) {
                flush.execute("CHECKPOINT SYNC");
            } catch (SQLException e) {
                throw new IOException("rebuttal " + stored.id() + " version " + stored.version() + " is saved in the rebuttal library in "
                        + directory + " but could not be flushed to the disk: " + e.getMessage(), e);
            }
            return stored;
        });
    }

    private Rebuttal saveInTransaction(Rebuttal entry, String editor) throws SQLException, IOException {
        OptionalInt currentVersion = currentVersion(entry.id(), true);
        if (currentVersion.isPresent()) {
            Rebuttal current = read(entry.id(), currentVersion.getAsInt());
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
        return io.call(() -> inTransaction("read rebuttal " + id, () -> {
            OptionalInt version = currentVersion(id, false);
            return version.isPresent() ? Optional.of(read(id, version.getAsInt())) : Optional.empty();
        }));
    }

    @Override
    public List<Rebuttal> history(String id) throws IOException {
        Validate.notNull(id, "id");
        return io.call(() -> inTransaction("read the history of rebuttal " + id, () -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, version, document FROM rebuttal_version WHERE id = ? ORDER BY version")) {
                query.setString(1, id);
                return readAll(query);
            }
        }));
    }

    @Override
    public List<Rebuttal> all() throws IOException {
        return io.call(() -> inTransaction("read the rebuttals", () -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT v.id, v.version, v.document FROM rebuttal r"
                    + " JOIN rebuttal_version v ON v.id = r.id AND v.version = r.current_version ORDER BY r.id")) {
                return readAll(query);
            }
        }));
    }

    @Override
    public long count() throws IOException {
        return io.call(() -> inTransaction("count the rebuttals", () -> {
            try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery("SELECT COUNT(*) FROM rebuttal")) {
                rows.next();
                return rows.getLong(1);
            }
        }));
    }

    /** Closes the database once the calls already begun are done; later calls throw {@link IllegalStateException}. */
    @Override
    public void close() throws IOException {
        io.close(this::closeConnection);
    }

    private void closeConnection() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IOException("cannot close the rebuttal library in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** FOR UPDATE in a save: another instance on the same directory in this JVM shares the database. */
    private OptionalInt currentVersion(String id, boolean forUpdate) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(forUpdate ? CURRENT_VERSION + " FOR UPDATE" : CURRENT_VERSION)) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? OptionalInt.of(rows.getInt(1)) : OptionalInt.empty();
            }
        }
    }

    private Rebuttal read(String id, int version) throws SQLException, IOException {
        try (PreparedStatement query = connection.prepareStatement(DOCUMENT)) {
            query.setString(1, id);
            query.setInt(2, version);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IOException("the rebuttal library in " + directory + " points rebuttal " + id + " at version "
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
            throw new IOException("cannot read rebuttal " + id + " version " + version + " in the rebuttal library in "
                    + directory + ": " + e.getMessage(), e);
        }
    }

    private interface Work<T> {
        T run() throws SQLException, IOException;
    }

    /** Runs work in a transaction of its own, reads too, so that no snapshot or lock outlives the call. */
    private <T> T inTransaction(String what, Work<T> work) throws IOException {
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollBack(e);
            throw new IOException("cannot " + what + " in the rebuttal library in " + directory + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            rollBack(e);
            throw e;
        }
    }

    private void rollBack(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

}
