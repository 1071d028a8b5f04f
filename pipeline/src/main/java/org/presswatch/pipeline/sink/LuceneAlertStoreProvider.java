package org.presswatch.pipeline.sink;

import java.io.IOException;
import java.nio.file.Path;
import org.presswatch.core.alert.AlertStore;
import org.presswatch.index.lucene.LuceneAlertStore;
import org.presswatch.index.lucene.SharedLuceneIndexes;

/** The embedded alert store, shared with everything else in this JVM that uses the same directory. */
public final class LuceneAlertStoreProvider implements AlertStoreProvider {
    private final String directory;

    public LuceneAlertStoreProvider(Path directory) {
        this.directory = directory.toAbsolutePath().toString();
    }

    @Override
    public AlertStore acquire() throws IOException {
        return SharedLuceneIndexes.acquireAlerts(Path.of(directory));
    }

    @Override
    public void release(AlertStore store) throws IOException {
        SharedLuceneIndexes.releaseAlerts((LuceneAlertStore) store);
    }
}
