package org.presswatch.ingest.crawl;

import java.time.Duration;
import org.presswatch.core.model.Source;

/**
 * Adaptive polling: a source that published since the last poll is polled twice as often, one
 * that did not half as often again, within [interval / 4, interval * 6] of its configured
 * interval; a failing source backs off exponentially to the upper bound, so a dead feed costs
 * little and a busy one is followed closely.
 */
public final class PollSchedule {
    private static final Duration FLOOR = Duration.ofSeconds(1);

    private PollSchedule() {}

    public static Duration next(Source source, Duration current, int newItems, int consecutiveFailures) {
        Duration configured = source.pollInterval();
        Duration min = max(configured.dividedBy(4), FLOOR);
        Duration max = configured.multipliedBy(6);
        Duration next;
        if (consecutiveFailures > 0) {
            next = configured.multipliedBy(1L << Math.min(consecutiveFailures, 10));
        } else if (newItems > 0) {
            next = current.dividedBy(2);
        } else {
            next = current.multipliedBy(3).dividedBy(2);
        }
        return next.compareTo(min) < 0 ? min : next.compareTo(max) > 0 ? max : next;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
