package org.presswatch.pipeline.sink;

import java.io.IOException;
import java.io.Serializable;
import org.presswatch.core.alert.AlertStore;

/**
 * How the alert sink's committer reaches the configured alert store. Serializable, because
 * Flink ships the sink to its tasks; the committer acquires the store when it starts and
 * releases it when it ends.
 */
public interface AlertStoreProvider extends Serializable {
    AlertStore acquire() throws IOException;

    void release(AlertStore store) throws IOException;
}
