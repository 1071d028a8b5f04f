package org.presswatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presswatch.core.model.Source;
import org.presswatch.ingest.crawl.FeedState;

class SourcesCommandTest {
    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void statusTableShowsEverySourceHealthyFailingOrNeverPolled() {
        Source ok = source("vnexpress");
        Source failing = source("rfi-tieng-viet");
        Source fresh = source("global-times");
        FeedState okState = new FeedState("vnexpress", Map.of(), List.of(), List.of(), NOW.minusSeconds(90), NOW.minusSeconds(90), null, 0,
                Duration.ofMinutes(5), NOW.plusSeconds(210), List.of(NOW.minusSeconds(3600), NOW.minusSeconds(90)));
        FeedState badState = new FeedState("rfi-tieng-viet", Map.of(), List.of(), List.of(), NOW.minusSeconds(60),
                NOW.minus(Duration.ofHours(30)), "https://www.rfi.fr/vi/: cannot connect", 4, Duration.ofHours(1), NOW.minusSeconds(5),
                List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SourcesCommand.print(List.of(ok, failing, fresh), Map.of("vnexpress", okState, "rfi-tieng-viet", badState), NOW,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("SOURCE") && lines.get(0).contains("ITEMS/DAY"), lines.get(0));
        assertTrue(lines.get(1).matches("vnexpress\\s+90s ago\\s+0\\s+2\\s+in 3m"), lines.get(1));
        assertTrue(lines.get(2).matches("rfi-tieng-viet\\s+30h ago\\s+4\\s+0\\s+due\\s+https://www.rfi.fr/vi/: cannot connect"), lines.get(2));
        assertTrue(lines.get(3).matches("global-times\\s+never polled\\s+-\\s+-\\s+-"), lines.get(3));
    }

    private static Source source(String id) {
        return new Source(id, id, URI.create("https://" + id + ".example/"), List.of(), "VN", List.of("vi"), List.of(), 2, Duration.ofMinutes(5));
    }
}
