package org.presswatch.bench.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.presswatch.core.util.Directories;
import org.presswatch.index.lucene.LuceneAlertStore;

/** What a side left on disk, read once its writers are closed: documents, alerts and bytes. */
final class IndexFolders {
    private IndexFolders() {}

    /** The documents of the committed Lucene index in the folder. */
    static long documents(Path folder) throws IOException {
        try (FSDirectory dir = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.numDocs();
        }
    }

    static long alerts(Path folder) throws IOException {
        try (LuceneAlertStore store = new LuceneAlertStore(folder)) {
            return store.count();
        }
    }

    static Side side(String name, int threads, long nanos, Path index, Path alerts) throws IOException {
        return new Side(name, threads, nanos, documents(index), Directories.size(index), alerts == null ? -1 : alerts(alerts));
    }
}
