package org.presswatch.office.db;

import java.io.IOException;
import java.nio.file.Path;
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
 */
final class OfficeSchema {
    static final String LOCATION = "classpath:db/office";

    private OfficeSchema() {}

    /**
     * Applies the scripts the database lacks.
     *
     * @throws IOException when the database was written by a newer presswatch, or a script fails
     */
    static void migrate(DataSource database, Path directory) throws IOException {
        Flyway flyway = Flyway.configure(OfficeSchema.class.getClassLoader())
                .dataSource(database)
                .locations(LOCATION)
                // a jar packaged without its scripts would otherwise look like a database needing none
                .failOnMissingLocations(true)
                .load();
        try {
            refuseNewer(flyway.info().all(), directory);
            flyway.migrate();
        } catch (FlywayException e) {
            throw new IOException("cannot bring the schema of the office database in " + directory + " up to date: "
                    + e.getMessage(), e);
        }
    }

    /** Flyway only warns about a schema newer than its scripts and goes on; this code could not read it. */
    private static void refuseNewer(MigrationInfo[] migrations, Path directory) throws IOException {
        MigrationVersion known = Arrays.stream(migrations)
                .filter(m -> m.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .orElse(MigrationVersion.EMPTY);
        for (MigrationInfo m : migrations) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                throw new IOException("the office database in " + directory + " has schema version " + m.getVersion()
                        + ", newer than this presswatch knows (" + known + "): open it with the presswatch that wrote it, or a later one");
            }
        }
    }
}
