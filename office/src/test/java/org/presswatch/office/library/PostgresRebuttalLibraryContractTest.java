package org.presswatch.office.library;

import java.io.IOException;
import org.presswatch.office.db.PostgresServer;

/** The library's contract on the PostgreSQL server .ci/run starts; skipped without one. */
class PostgresRebuttalLibraryContractTest extends RebuttalLibraryContractTest {
    @Override
    protected RebuttalLibrary newLibrary() throws IOException {
        return JdbcRebuttalLibrary.owning(PostgresServer.freshDatabase());
    }
}
