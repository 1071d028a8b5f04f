package org.presswatch.index.library;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.library.RebuttalLibrary;

class JdbcRebuttalLibraryContractTest extends RebuttalLibraryContractTest {
    @TempDir
    Path dir;

    @Override
    protected RebuttalLibrary newLibrary() throws IOException {
        return JdbcRebuttalLibrary.open(dir.resolve("library"));
    }
}
