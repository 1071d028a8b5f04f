package org.presswatch.ingest.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.presswatch.core.model.Source;
import org.presswatch.core.util.Validate;
import org.presswatch.ingest.fetch.Validators;

/**
 * What the crawler remembers about one source between polls, and across restarts: the
 * validators of each feed (for conditional requests), the items already taken, when it last
 * succeeded or why it last failed, and when to poll next. Immutable; each poll makes a new one.
 *
 * @param validators per feed URL, the ETag and Last-Modified of its last download
 * @param discovered the feeds found on the home page, for a source that lists none
 * @param seen keys (GUIDs and URLs) of the items already emitted, oldest first, bounded
 * @param lastPoll when the source was last polled, or null if never
 * @param lastSuccess when a poll last reached at least one of its feeds, or null if never
 * @param lastError the reason the last poll failed, or null when it succeeded
 * @param consecutiveFailures polls failed in a row
 * @param interval the current, adaptive polling interval
 * @param nextPoll when the source is due
 * @param recentItems when items were taken, the last week of them, for the items-per-day rate
 */
public record FeedState(String sourceId, Map<String, Validators> validators, List<String> discovered, List<String> seen, Instant lastPoll,
                        Instant lastSuccess, String lastError, int consecutiveFailures, Duration interval, Instant nextPoll,
                        List<Instant> recentItems) {

    public FeedState {
        Validate.notBlank(sourceId, "sourceId");
        validators = Validate.copyOf(validators, "validators");
        discovered = Validate.copyOf(discovered, "discovered");
        seen = Validate.copyOf(seen, "seen");
        Validate.isTrue(consecutiveFailures >= 0, "consecutiveFailures must not be negative");
        Validate.notNull(interval, "interval");
        Validate.notNull(nextPoll, "nextPoll");
        recentItems = Validate.copyOf(recentItems, "recentItems");
    }

    /** A source never polled: due now, at its configured interval. */
    public static FeedState initial(Source source, Instant now) {
        return new FeedState(source.id(), Map.of(), List.of(), List.of(), null, null, null, 0, source.pollInterval(), now, List.of());
    }

    /** Items taken in the 24 hours before {@code now}. */
    public int itemsPerDay(Instant now) {
        Instant since = now.minus(Duration.ofDays(1));
        return (int) recentItems.stream().filter(t -> t.isAfter(since)).count();
    }

    /** The emission times to keep: the new ones added, those older than a week dropped. */
    public static List<Instant> recent(List<Instant> before, int added, Instant now) {
        Instant since = now.minus(Duration.ofDays(7));
        List<Instant> kept = new ArrayList<>(before.stream().filter(t -> t.isAfter(since)).toList());
        for (int i = 0; i < added; i++) {
            kept.add(now);
        }
        return kept.size() > MAX_RECENT ? kept.subList(kept.size() - MAX_RECENT, kept.size()) : kept;
    }

    static final int MAX_RECENT = 5000;
}
