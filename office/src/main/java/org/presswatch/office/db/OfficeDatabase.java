package org.presswatch.office.db;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.presswatch.core.config.DataLayout;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.util.IoThreads;
import org.presswatch.core.util.Validate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The office database: everything the press office keeps (the rebuttal library, the accounts,
 * the audit log) behind JDBC, its schema brought up to date by Flyway on every open. Two engines:
 * <ul>
 *   <li><b>embedded H2</b> (the default), the file {@value #FILE}{@code .mv.db} in a folder of its
 *   own ({@link DataLayout#officeDatabase()}). H2's automatic mixed mode lets several processes
 *   share it: the first to open it serves it to the others on a loopback port written in its lock
 *   file, so {@code presswatch users add} works while {@code presswatch serve} holds the
 *   database, and when the serving process ends the next one takes over;</li>
 *   <li><b>PostgreSQL</b> ({@code office.database.url}), where several presswatch servers share one
 *   office.</li>
 * </ul>
 *
 * <p>Every unit of work runs in a transaction of its own on a thread of the database's own
 * ({@link IoThreads}), never the caller's: H2 closes the whole database when a thread is
 * interrupted in the middle of file I/O, and servers interrupt their threads when they stop. An
 * interrupted caller gets an {@link java.io.InterruptedIOException}; its work still completes.
 * Each thread keeps a connection; one that fails is replaced on the next call. A transaction that
 * loses a race with another (a duplicate key, a deadlock) is run again. Thread-safe; open one per
 * process and close it when done.
 */
public final class OfficeDatabase implements Closeable {
    /** The name of the embedded database's file, without H2's {@code .mv.db}. */
    static final String FILE = "office";
    static final String USER = "sa";
    static final String PASSWORD = "";
    private static final int THREADS = 4;
    /** Enough for every thread to lose a race to each of the others. */
    private static final int MAX_ATTEMPTS = THREADS * 2;
    private static final String EARLIER_FILE = "library.mv.db";
    private static final Logger LOG = LoggerFactory.getLogger(OfficeDatabase.class);

    static {
        // The port H2 serves an embedded database on to other processes: this machine's only.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    /** Work done in one transaction. */
    @FunctionalInterface
    public interface Transaction<T> {
        T run(Connection connection) throws SQLException, IOException;
    }

    private final DataSource source;
    private final String where;
    private final Engine engine;
    private final IoThreads io;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
    private final List<Connection> opened = new ArrayList<>();
    /** An in-memory database is dropped when closed, so that a test's next one starts empty. */
    private final boolean dropOnClose;

    /** The engines, for the few statements that differ. */
    public enum Engine { H2, POSTGRESQL }

    private OfficeDatabase(DataSource source, String where, Engine engine, boolean dropOnClose) {
        this.source = source;
        this.dropOnClose = dropOnClose;
        this.where = where;
        this.engine = engine;
        this.io = IoThreads.of("the office database " + where, "office-database", THREADS);
    }

    /**
     * The office database the configuration names: PostgreSQL when {@code office.database.url} is
     * set, else embedded H2 in the data folder (where an earlier presswatch's library database is
     * adopted first).
     *
     * @throws IOException when it cannot be reached or opened, or was written by a newer presswatch
     */
    public static OfficeDatabase open(PresswatchConfig config) throws IOException {
        PresswatchConfig.Database settings = config.office().database();
        if (settings.url().isBlank()) {
            DataLayout layout = config.layout();
            adoptEarlierLibrary(layout);
            return embedded(layout.officeDatabase());
        }
        return server(settings.url(), settings.user(), settings.password());
    }

    /**
     * The embedded database in a folder, creating the folder and the database when absent.
     *
     * @throws IOException when the database cannot be opened (the file is damaged, the folder
     *     cannot be created) or was written by a newer presswatch; the message names the folder
     */
    public static OfficeDatabase embedded(Path directory) throws IOException {
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
        return opened(database, "in " + absolute, Engine.H2);
    }

    /**
     * A database on a server: {@code jdbc:postgresql://host:port/name}.
     *
     * @throws IllegalArgumentException when the URL is not a PostgreSQL JDBC URL
     * @throws IOException when it cannot be reached or was written by a newer presswatch
     */
    public static OfficeDatabase server(String url, String user, String password) throws IOException {
        Validate.isTrue(url != null && url.startsWith("jdbc:postgresql://"),
                "office.database.url must be a PostgreSQL JDBC URL such as jdbc:postgresql://127.0.0.1:5432/presswatch, was '%s'", url);
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(url);
        database.setUser(user);
        database.setPassword(password);
        String schema = database.getCurrentSchema() == null || database.getCurrentSchema().isBlank() ? "public" : database.getCurrentSchema();
        database.setCurrentSchema(schema + "," + OfficeSchema.TYPES_SCHEMA);
        // the address without user or password, for messages
        String where = "at " + url.replaceAll("[?;].*$", "");
        return opened(database, where, Engine.POSTGRESQL);
    }

    /** A private in-memory H2 database, gone when closed: for tests of the office's stores. */
    public static OfficeDatabase inMemory(String name) throws IOException {
        Validate.matches(name, "[A-Za-z0-9_-]+", "name");
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        database.setUser(USER);
        database.setPassword(PASSWORD);
        return opened(database, "in memory (" + name + ")", Engine.H2, true);
    }

    private static OfficeDatabase opened(DataSource source, String where, Engine engine) throws IOException {
        return opened(source, where, engine, false);
    }

    private static OfficeDatabase opened(DataSource source, String where, Engine engine, boolean dropOnClose) throws IOException {
        OfficeDatabase database = new OfficeDatabase(source, where, engine, dropOnClose);
        try {
            database.io.run(() -> OfficeSchema.migrate(source, where, engine));
            return database;
        } catch (IOException | RuntimeException e) {
            try {
                database.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * The embedded database in a folder. WRITE_DELAY=0 writes each commit before the commit
     * returns; AUTO_SERVER shares it between processes (and needs H2's own shutdown hook, which
     * closes the database as the JVM exits: work still running then fails rather than half
     * writes).
     */
    static String url(Path absoluteDirectory) {
        return "jdbc:h2:file:" + absoluteDirectory.resolve(FILE) + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
    }

    /** Where the database is, for messages: "in /data/office" or "at jdbc:postgresql://host/db". */
    public String where() {
        return where;
    }

    public Engine engine() {
        return engine;
    }

    /**
     * Runs work in a transaction of its own, reads too, so that no snapshot or lock outlives the
     * call; commits, or rolls back when the work throws.
     *
     * @param what what the work does, for the message of an {@link IOException}: "save rebuttal x"
     */
    public <T> T transaction(String what, Transaction<T> work) throws IOException {
        return io.call(() -> inTransaction(what, work, false));
    }

    /**
     * {@link #transaction} for the office's own work, which must never be lost: returns once the
     * commit is on the disk (the embedded database asks the operating system to flush; a
     * PostgreSQL commit is durable by itself).
     */
    public <T> T durably(String what, Transaction<T> work) throws IOException {
        return io.call(() -> inTransaction(what, work, engine == Engine.H2));
    }

    private <T> T inTransaction(String what, Transaction<T> work, boolean flush) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(what, work, flush);
            } catch (IOException e) {
                if (attempt == MAX_ATTEMPTS || !(e.getCause() instanceof SQLException cause && isRace(cause))) {
                    throw e;
                }
            }
        }
    }

    /**
     * A transaction that lost a race with another and was rolled back: two first inserts of one
     * key (neither found a row to lock), a deadlock, a serialization failure. Running it again
     * sees what the other committed and follows it, or refuses with the caller's own error.
     */
    private static boolean isRace(SQLException e) {
        return "23505".equals(e.getSQLState()) || "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
    }

    private <T> T once(String what, Transaction<T> work, boolean flush) throws IOException {
        Connection connection = borrow(what);
        boolean healthy = true;
        try {
            T result = work.run(connection);
            connection.commit();
            if (flush) {
                try (Statement checkpoint = connection.createStatement()) {
                    checkpoint.execute("CHECKPOINT SYNC");
                }
            }
            return result;
        } catch (SQLException e) {
            healthy = rollBack(connection, e) && !isConnectionFailure(e);
            throw new IOException("cannot " + what + " in the office database " + where + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            healthy = rollBack(connection, e);
            throw e;
        } finally {
            giveBack(connection, healthy);
        }
    }

    private Connection borrow(String what) throws IOException {
        Connection connection = idle.poll();
        if (connection != null) {
            return connection;
        }
        try {
            connection = source.getConnection();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new IOException("cannot " + what + ": cannot connect to the office database " + where + ": " + e.getMessage(), e);
        }
        synchronized (opened) {
            opened.add(connection);
        }
        return connection;
    }

    private void giveBack(Connection connection, boolean healthy) {
        if (healthy) {
            idle.add(connection);
            return;
        }
        synchronized (opened) {
            opened.remove(connection);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("a failed connection to the office database {} did not close cleanly: {}", where, e.getMessage());
        }
    }

    /** SQLState class 08: the connection itself failed (the serving process ended, the server went away). */
    private static boolean isConnectionFailure(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08");
    }

    private static boolean rollBack(Connection connection, Exception failure) {
        try {
            connection.rollback();
            return true;
        } catch (SQLException e) {
            failure.addSuppressed(e);
            return false;
        }
    }

    /** Closes every connection once the work begun is done; later calls throw {@link IllegalStateException}. */
    @Override
    public void close() throws IOException {
        io.close(this::closeConnections);
    }

    private void closeConnections() throws IOException {
        IOException failure = null;
        List<Connection> all;
        synchronized (opened) {
            all = new ArrayList<>(opened);
            opened.clear();
        }
        if (dropOnClose && !all.isEmpty()) {
            try (Statement last = all.get(0).createStatement()) {
                last.execute("SHUTDOWN");
            } catch (SQLException e) {
                failure = new IOException("cannot close the office database " + where + ": " + e.getMessage(), e);
            }
        }
        for (Connection connection : all) {
            try {
                connection.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = new IOException("cannot close the office database " + where + ": " + e.getMessage(), e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Whether the configuration's office database exists, without making one: a server's always
     * does; an embedded one when its folder does ({@link #existsIn}).
     */
    public static boolean exists(PresswatchConfig config) throws IOException {
        return !config.office().database().url().isBlank() || existsIn(config.layout());
    }

    /**
     * Whether the data folder holds an embedded office database, an earlier presswatch's library
     * database moved into place first ({@link #adoptEarlierLibrary}): for readers that must not
     * create one.
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
