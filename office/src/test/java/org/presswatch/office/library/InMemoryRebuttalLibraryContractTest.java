package org.presswatch.office.library;


class InMemoryRebuttalLibraryContractTest extends RebuttalLibraryContractTest {
    @Override
    protected RebuttalLibrary newLibrary() {
        return new InMemoryRebuttalLibrary();
    }
}
