package org.presswatch.office.db;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The schema of the office database, brought up to date by Flyway from the numbered scripts in
 * {@value #LOCATION}: a location of the office's own, so that no other store's migrations are
 * ever applied to it. Flyway records what it applied in the table {@code flyway_schema_history}.
 * The scripts are written once for both engines (H2 and PostgreSQL); the one type of the first
 * script PostgreSQL lacks is given to it beforehand ({@link #giveClobType}).
 */
final class OfficeSchema {
    static final String LOCATION = "classpath:db/office";
    /** Where PostgreSQL finds the types the scripts name and it lacks. */
    static final String TYPES_SCHEMA = "presswatch_types";

    private OfficeSchema() {}

    /**
     * Applies the scripts the database lacks.
     *
     * @throws IOException when the database was written by a newer presswatch, or a script fails
     */
    static void migrate(DataSource database, String where, OfficeDatabase.Engine engine) throws IOException {
        Flyway flyway = Flyway.configure(OfficeSchema.class.getClassLoader())
                .dataSource(database)
                .locations(LOCATION)
                // a jar packaged without its scripts would otherwise look like a database needing none
                .failOnMissingLocations(true)
                .load();
        try {
            refuseNewer(flyway.info().all(), where);
            if (engine == OfficeDatabase.Engine.POSTGRESQL) {
                giveClobType(database);
            }
            flyway.migrate();
        } catch (FlywayException | SQLException e) {
            throw new IOException("cannot bring the schema of the office database " + where + " up to date: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The first script, written when the database was H2 alone, stores documents as CLOB, which
     * PostgreSQL calls text; its checksum is recorded in every database that ran it, so the
     * script stays as it is and PostgreSQL gets the name: a domain in a schema of its own
     * ({@value #TYPES_SCHEMA}, on the connections' search path), so that the office's schema is
     * still empty when Flyway first looks at it.
     */
    private static void giveClobType(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + TYPES_SCHEMA);
            boolean present;
            try (ResultSet rows = statement.executeQuery("SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                    + " WHERE t.typname = 'clob' AND n.nspname = '" + TYPES_SCHEMA + "'")) {
                present = rows.next();
            }
            if (!present) {
                statement.execute("CREATE DOMAIN " + TYPES_SCHEMA + ".clob AS text");
            }
        }
    }

    /** Flyway only warns about a schema newer than its scripts and goes on; this code could not read it. */
    private static void refuseNewer(MigrationInfo[] migrations, String where) throws IOException {
        MigrationVersion known = Arrays.stream(migrations)
                .filter(m -> m.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .orElse(MigrationVersion.EMPTY);
        for (MigrationInfo m : migrations) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                throw new IOException("the office database " + where + " has schema version " + m.getVersion()
                        + ", newer than this presswatch knows (" + known + "): open it with the presswatch that wrote it, or a later one");
            }
        }
    }
}
