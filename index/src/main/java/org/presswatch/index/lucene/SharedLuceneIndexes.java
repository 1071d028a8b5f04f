package org.presswatch.index.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One open {@link LuceneArticleIndex} per directory per JVM, reference-counted. Lucene allows a
 * single writer per directory, while in embedded mode both the API and the Flink job's sink
 * tasks (which Flink instantiates from serialized form, so they cannot be handed an instance)
 * need the index: each acquires it by path and releases it when done; the last release closes
 * it. Thread-safe.
 */
public final class SharedLuceneIndexes {
    private static final Map<Path, Entry> OPEN = new HashMap<>();

    private static final class Entry {
        final LuceneArticleIndex index;
        int users;

        Entry(LuceneArticleIndex index) {
            this.index = index;
        }
    }

    private SharedLuceneIndexes() {}

    /** The index in the directory, opened on first use; pair every call with {@link #release}. */
    public static synchronized LuceneArticleIndex acquire(Path directory, Duration refreshInterval) throws IOException {
        Path key = directory.toAbsolutePath().normalize();
        Entry entry = OPEN.get(key);
        if (entry == null) {
            entry = new Entry(new LuceneArticleIndex(key, refreshInterval));
            OPEN.put(key, entry);
        }
        entry.users++;
        return entry.index;
    }

    /** Gives back one use; the last one commits and closes the index. */
    public static synchronized void release(LuceneArticleIndex index) throws IOException {
        Path key = index.directory();
        Entry entry = OPEN.get(key);
        if (entry == null || entry.index != index) {
            throw new IllegalStateException("index " + key + " was not acquired here or is already closed");
        }
        if (--entry.users == 0) {
            OPEN.remove(key);
            index.close();
        }
    }
}
