package org.presswatch.office;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.office.db.OfficeDatabase;

class H2OfficeContractTest extends OfficeContractTest {
    @TempDir
    Path dir;

    @Override
    protected OfficeDatabase newDatabase() throws IOException {
        return OfficeDatabase.embedded(dir.resolve("office"));
    }
}
