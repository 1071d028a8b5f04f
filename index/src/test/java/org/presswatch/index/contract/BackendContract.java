package org.presswatch.index.contract;

import org.presswatch.index.IndexBackend;

/**
 * The base of the contract test classes: each is abstract, and each backend's contract test runs
 * it as a nested class that names the backend.
 */
abstract class BackendContract {
    private final IndexBackend backend;

    BackendContract(IndexBackend backend) {
        this.backend = backend;
    }

    IndexBackend backend() {
        return backend;
    }
}
