package org.presswatch.ingest.feed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.presswatch.core.util.Validate;

/**
 * The items of a source already taken from its feeds, so that each is emitted once although
 * feeds repeat them poll after poll. Bounded: past the capacity the oldest keys are forgotten,
 * which is safe because feeds only list recent items. Not thread-safe.
 */
public final class SeenItems {
    public static final int DEFAULT_CAPACITY = 5000;

    private final int capacity;
    private final LinkedHashSet<String> keys = new LinkedHashSet<>();

    public SeenItems(int capacity, List<String> initial) {
        Validate.isTrue(capacity > 0, "capacity must be positive");
        this.capacity = capacity;
        initial.forEach(this::add);
    }

    public static SeenItems empty() {
        return new SeenItems(DEFAULT_CAPACITY, List.of());
    }

    /** True when the item is new, and remembers it. An item is known by its GUID and by its URL. */
    public boolean markSeen(FeedItem item) {
        boolean fresh = !keys.contains(item.guid()) && !keys.contains(item.url().toString());
        add(item.guid());
        add(item.url().toString());
        return fresh;
    }

    /** The keys, oldest first, for checkpoints. */
    public List<String> keys() {
        return new ArrayList<>(keys);
    }

    public int size() {
        return keys.size();
    }

    private void add(String key) {
        keys.remove(key);
        keys.add(key);
        while (keys.size() > capacity) {
            keys.remove(keys.iterator().next());
        }
    }
}
