package org.presswatch.office.library;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.core.util.Validate;

/**
 * A rebuttal library held in memory and lost with the process: for tests, and for callers that
 * need the contract without a store. Thread-safe: every call holds the instance's monitor.
 */
public final class InMemoryRebuttalLibrary implements RebuttalLibrary {
    /** Oldest version first. */
    private final Map<String, List<Rebuttal>> versionsById = new TreeMap<>();
    private boolean closed;

    @Override
    public synchronized Rebuttal save(Rebuttal entry, String editor) {
        Validate.notNull(entry, "entry");
        Validate.notBlank(editor, "editor");
        ensureOpen();
        List<Rebuttal> versions = versionsById.computeIfAbsent(entry.id(), id -> new ArrayList<>());
        Rebuttal current = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        if (entry.sameContentAs(current)) {
            return current;
        }
        Rebuttal stored = entry.asVersion(versions.size() + 1, Instant.now(), editor);
        versions.add(stored);
        return stored;
    }

    @Override
    public synchronized Optional<Rebuttal> get(String id) {
        List<Rebuttal> versions = history(id);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    @Override
    public synchronized List<Rebuttal> history(String id) {
        Validate.notNull(id, "id");
        ensureOpen();
        return List.copyOf(versionsById.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized List<Rebuttal> all() {
        ensureOpen();
        return versionsById.values().stream().map(versions -> versions.get(versions.size() - 1)).toList();
    }

    @Override
    public synchronized long count() {
        ensureOpen();
        return versionsById.size();
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the in-memory rebuttal library is closed");
        }
    }
}
