package org.presswatch.office.library;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class JdbcRebuttalLibraryContractTest extends RebuttalLibraryContractTest {
    @TempDir
    Path dir;

    @Override
    protected RebuttalLibrary newLibrary() throws IOException {
        return JdbcRebuttalLibrary.open(dir.resolve("library"));
    }
}
