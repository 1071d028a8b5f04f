package org.presswatch.index.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One open instance per directory, reference-counted: Lucene allows a single writer per
 * directory, while in embedded mode the API and the Flink job's tasks (which Flink instantiates
 * from serialized form, so they cannot be handed an instance) both need it. Each user acquires
 * the instance by path and releases it when done; the last release closes it. Thread-safe.
 *
 * @param <T> what is opened on a directory
 */
final class SharedPerDirectory<T extends Closeable> {
    interface Opener<T> {
        T open(Path directory) throws IOException;
    }

    private final Map<Path, Entry<T>> open = new HashMap<>();

    private static final class Entry<T> {
        final T value;
        int users;

        Entry(T value) {
            this.value = value;
        }
    }

    synchronized T acquire(Path directory, Opener<T> opener) throws IOException {
        Path key = directory.toAbsolutePath().normalize();
        Entry<T> entry = open.get(key);
        if (entry == null) {
            entry = new Entry<>(opener.open(key));
            open.put(key, entry);
        }
        entry.users++;
        return entry.value;
    }

    synchronized void release(T value) throws IOException {
        for (Map.Entry<Path, Entry<T>> e : open.entrySet()) {
            if (e.getValue().value == value) {
                if (--e.getValue().users == 0) {
                    open.remove(e.getKey());
                    value.close();
                }
                return;
            }
        }
        throw new IllegalStateException(value + " was not acquired here or is already closed");
    }
}
