package org.presswatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeenItemsTest {
    private static final URI FEED = URI.create("https://a.example/rss");

    private static FeedItem item(String guid, String url) {
        return new FeedItem("src", FEED, URI.create(url), guid, "t", "", null);
    }

    @Test
    void anItemIsNewOnlyTheFirstTime() {
        SeenItems seen = SeenItems.empty();
        assertTrue(seen.markSeen(item("g1", "https://a.example/1")), "first sight");
        assertFalse(seen.markSeen(item("g1", "https://a.example/1")), "second sight");
        assertTrue(seen.markSeen(item("g2", "https://a.example/2")), "another item");
    }

    @Test
    void anItemIsKnownByItsGuidAndByItsUrl() {
        SeenItems seen = SeenItems.empty();
        seen.markSeen(item("g1", "https://a.example/1"));
        assertFalse(seen.markSeen(item("g1", "https://a.example/1-moved")), "same guid, new URL: the feed edited the link");
        assertFalse(seen.markSeen(item("g-other-feed", "https://a.example/1")), "same URL listed by another feed under another guid");
    }

    @Test
    void sitemapItemWhoseGuidIsItsUrlTakesOneKey() {
        SeenItems seen = SeenItems.empty();
        seen.markSeen(item("https://a.example/1", "https://a.example/1"));
        assertEquals(List.of("https://a.example/1"), seen.keys());
    }

    @Test
    void capacityForgetsTheOldestKeys() {
        SeenItems seen = new SeenItems(4, List.of());
        seen.markSeen(item("g1", "https://a.example/1"));
        seen.markSeen(item("g2", "https://a.example/2"));
        seen.markSeen(item("g3", "https://a.example/3"));
        assertEquals(4, seen.size(), "bounded by the capacity");
        assertEquals(List.of("g2", "https://a.example/2", "g3", "https://a.example/3"), seen.keys(), "oldest first, item 1 forgotten");
        assertTrue(seen.markSeen(item("g1", "https://a.example/1")), "a forgotten item is new again");
    }

    @Test
    void seeingAnItemAgainKeepsItRemembered() {
        SeenItems seen = new SeenItems(4, List.of());
        seen.markSeen(item("a", "https://a.example/a"));
        seen.markSeen(item("b", "https://a.example/b"));
        seen.markSeen(item("a", "https://a.example/a")); // still in the feed: refreshed
        seen.markSeen(item("c", "https://a.example/c"));
        assertFalse(seen.markSeen(item("a", "https://a.example/a")), "an item the feed keeps listing is not forgotten");
        assertTrue(seen.keys().stream().noneMatch(k -> k.endsWith("/b") || k.equals("b")), "b was the oldest: " + seen.keys());
    }

    @Test
    void restoresFromCheckpointedKeys() {
        SeenItems first = SeenItems.empty();
        first.markSeen(item("g1", "https://a.example/1"));
        first.markSeen(item("g2", "https://a.example/2"));
        SeenItems restored = new SeenItems(SeenItems.DEFAULT_CAPACITY, first.keys());
        assertEquals(first.keys(), restored.keys());
        assertFalse(restored.markSeen(item("g1", "https://a.example/1")), "known after a restart");
    }

    @Test
    void initialKeysBeyondTheCapacityKeepTheNewest() {
        SeenItems seen = new SeenItems(2, List.of("k1", "k2", "k3"));
        assertEquals(List.of("k2", "k3"), seen.keys());
    }

    @Test
    void capacityMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new SeenItems(0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new SeenItems(-1, List.of()));
    }

    @Test
    void keysIsACopy() {
        SeenItems seen = SeenItems.empty();
        seen.markSeen(item("g1", "https://a.example/1"));
        seen.keys().clear();
        assertEquals(2, seen.size(), "clearing the returned list changes nothing");
    }
}
