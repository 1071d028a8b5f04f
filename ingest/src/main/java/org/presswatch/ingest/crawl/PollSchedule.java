package org.presswatch.ingest.crawl;

import java.time.Duration;
import org.presswatch.core.model.Source;

/**
 * Adaptive polling: a source that published since the last poll is polled twice as often, one
 * that did not half as often again, between a quarter of its configured interval and the
 * interval itself. The configured interval is thus a promise: no working source waits longer,
 * however quiet it has been, so a story from a rarely publishing outlet is seen as soon as one
 * from a busy one (a quiet feed answers 304 to the conditional request, which costs little).
 * A failing source backs off exponentially, up to six times the interval, so a dead feed costs
 * little too.
 */
public final class PollSchedule {
    private static final Duration FLOOR = Duration.ofSeconds(1);
    /** A failing source waits at most this many configured intervals. */
    private static final int MAX_BACKOFF = 6;

    private PollSchedule() {}

    public static Duration next(Source source, Duration current, int newItems, int consecutiveFailures) {
        Duration configured = source.pollInterval();
        Duration min = max(configured.dividedBy(4), FLOOR);
        if (consecutiveFailures > 0) {
            Duration backoff = configured.multipliedBy(1L << Math.min(consecutiveFailures, 10));
            Duration max = configured.multipliedBy(MAX_BACKOFF);
            return backoff.compareTo(max) > 0 ? max : backoff;
        }
        Duration next = newItems > 0 ? current.dividedBy(2) : current.multipliedBy(3).dividedBy(2);
        return next.compareTo(min) < 0 ? min : next.compareTo(configured) > 0 ? configured : next;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
