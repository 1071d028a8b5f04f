package org.presswatch.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.model.Source;
import org.presswatch.ingest.fetch.Validators;

class FeedStateStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final Source SOURCE = new Source("vnexpress", "VnExpress", URI.create("https://vnexpress.net/"),
            List.of(URI.create("https://vnexpress.net/rss/tin-moi-nhat.rss")), "VN", List.of("vi"), List.of(), 1, Duration.ofMinutes(8));

    @TempDir
    Path dir;

    @Test
    void statesRoundTripExactly() {
        FeedStateStore store = new FeedStateStore(dir.resolve("state"));
        FeedState state = new FeedState("vnexpress", Map.of("https://vnexpress.net/rss/tin-moi-nhat.rss", new Validators("\"abc\"", null)),
                List.of(), List.of("guid-1", "https://vnexpress.net/a.html"), NOW, NOW.minusSeconds(60), "one feed failed", 0,
                Duration.ofMinutes(4), NOW.plus(Duration.ofMinutes(4)), List.of(NOW.minusSeconds(30), NOW));
        store.save(state);
        assertEquals(state, store.load("vnexpress").orElseThrow());
        assertEquals(List.of(state), store.loadAll());
        assertTrue(store.load("tuoitre").isEmpty());
    }

    @Test
    void anUnreadableFileIsTreatedAsAbsent() throws Exception {
        FeedStateStore store = new FeedStateStore(dir);
        Files.writeString(dir.resolve("vnexpress.json"), "{ not json");
        assertTrue(store.load("vnexpress").isEmpty());
        store.save(FeedState.initial(SOURCE, NOW));
        assertEquals(FeedState.initial(SOURCE, NOW), store.load("vnexpress").orElseThrow(), "and is replaced by the next save");
    }

    @Test
    void itemsPerDayCountsTheLastTwentyFourHours() {
        List<Instant> recent = FeedState.recent(List.of(NOW.minus(Duration.ofDays(8)), NOW.minus(Duration.ofHours(30)),
                NOW.minus(Duration.ofHours(2))), 3, NOW);
        assertEquals(5, recent.size(), "older than a week is dropped");
        FeedState state = new FeedState("vnexpress", Map.of(), List.of(), List.of(), NOW, NOW, null, 0, Duration.ofMinutes(8), NOW, recent);
        assertEquals(4, state.itemsPerDay(NOW));
    }

    @Test
    void adaptivePollingFollowsThePublishingRateWithinBounds() {
        Duration base = SOURCE.pollInterval();
        assertEquals(Duration.ofMinutes(4), PollSchedule.next(SOURCE, base, 3, 0), "new items: twice as often");
        assertEquals(Duration.ofMinutes(6), PollSchedule.next(SOURCE, Duration.ofMinutes(4), 0, 0), "nothing new: half as often again");
        assertEquals(base, PollSchedule.next(SOURCE, base, 0, 0), "never less often than configured, however quiet");
        assertEquals(Duration.ofMinutes(2), PollSchedule.next(SOURCE, Duration.ofMinutes(2), 5, 0), "never below a quarter");
        assertEquals(Duration.ofMinutes(16), PollSchedule.next(SOURCE, base, 0, 1), "failing: exponential backoff");
        assertEquals(Duration.ofMinutes(48), PollSchedule.next(SOURCE, base, 0, 9), "up to the upper bound");
    }
}
