package org.presswatch.office;

import java.io.IOException;
import org.presswatch.office.db.OfficeDatabase;
import org.presswatch.office.db.PostgresServer;

/** The office's contract on the PostgreSQL server .ci/run starts; skipped without one. */
class PostgresOfficeContractTest extends OfficeContractTest {
    @Override
    protected OfficeDatabase newDatabase() throws IOException {
        return PostgresServer.freshDatabase();
    }
}
