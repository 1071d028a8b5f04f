package org.presswatch.index.contract;

import org.presswatch.core.alert.AlertStore;
import org.presswatch.core.alert.InMemoryAlertStore;

/** The reference passes its own contract. */
class InMemoryAlertStoreTest extends AlertStoreContract {

    @Override
    protected AlertStore open() {
        return new InMemoryAlertStore();
    }
}
