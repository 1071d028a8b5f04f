package org.presswatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.testing.ManualClock;

/** The token buckets alone, on a clock the test moves: refill, the wait, and the memory they keep. */
class RateLimiterTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-08T09:00:00Z"));

    @Test
    void aBucketHoldsItsBurstAndRefillsAtTheRate() {
        RateLimiter limiter = new RateLimiter(limits(120, 4), clock);
        for (int i = 0; i < 4; i++) {
            assertEquals(Optional.empty(), limiter.take("a"));
        }
        Optional<Duration> wait = limiter.take("a");
        assertEquals(Optional.of(Duration.ofMillis(500)), wait, "two a second: the next in half a second");
        assertEquals(1, RateLimiter.retryAfterSeconds(wait.get()));
        assertEquals(Optional.empty(), limiter.take("b"), "another key is not affected");
        clock.advance(Duration.ofMillis(500));
        assertEquals(Optional.empty(), limiter.take("a"));
        assertTrue(limiter.take("a").isPresent());
        assertEquals(3, RateLimiter.retryAfterSeconds(Duration.ofMillis(2001)), "Retry-After rounds up");
    }

    @Test
    void idleBucketsAreDroppedOnceFullAgainAndTheirNumberIsBounded() {
        RateLimiter limiter = new RateLimiter(limits(60, 30), clock);
        for (int i = 0; i < 1000; i++) {
            limiter.take("address " + i);
        }
        assertEquals(1000, limiter.size());
        // an empty bucket of 30 fills in 30 s at one a second: then it is as good as new, and dropped
        clock.advance(Duration.ofSeconds(29));
        limiter.take("address 0");
        assertEquals(1000, limiter.size());
        clock.advance(Duration.ofSeconds(1));
        limiter.take("address 0");
        assertEquals(1, limiter.size(), "only the bucket just used is kept");

        for (int i = 0; i < RateLimiter.MAX_KEYS + 10; i++) {
            limiter.take("flood " + i);
        }
        assertEquals(RateLimiter.MAX_KEYS, limiter.size());
    }

    @Test
    void noLimitAtZeroRequestsPerMinute() {
        RateLimiter limiter = new RateLimiter(limits(0, 1), clock);
        for (int i = 0; i < 100; i++) {
            assertEquals(Optional.empty(), limiter.take("a"));
        }
        assertEquals(0, limiter.size());
    }

    private static PresswatchConfig.Api.Limits limits(int perMinute, int burst) {
        ConfigLoader loader = new ConfigLoader();
        Map.<String, Object>of("api.limits.requests-per-minute", perMinute, "api.limits.request-burst", burst).forEach(loader::override);
        return loader.load().api().limits();
    }
}
