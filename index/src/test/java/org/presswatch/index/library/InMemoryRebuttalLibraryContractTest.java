package org.presswatch.index.library;

import org.presswatch.core.library.InMemoryRebuttalLibrary;
import org.presswatch.core.library.RebuttalLibrary;

class InMemoryRebuttalLibraryContractTest extends RebuttalLibraryContractTest {
    @Override
    protected RebuttalLibrary newLibrary() {
        return new InMemoryRebuttalLibrary();
    }
}
