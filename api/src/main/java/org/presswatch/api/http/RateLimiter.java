package org.presswatch.api.http;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.presswatch.core.config.PresswatchConfig;

/**
 * The request rate of each caller ({@code api.limits.requests-per-minute} and
 * {@code request-burst}): a token bucket per key (Bucket4j) that holds the burst and refills at
 * the rate, greedily (a request's worth at a time, not a minute's at once). The key is the API
 * token, the signed-in account or the client's address ({@link Gatekeeper} chooses).
 *
 * <p>Memory is bounded. The buckets are kept in the order last used; a bucket not used for as
 * long as an empty one takes to fill is full again, no different from a new one, so it is
 * dropped on the next request, losing nothing. Beyond {@value #MAX_KEYS} keys at once (many
 * addresses in a minute), the least recently used bucket is dropped even if not yet full.
 * Kept in memory: a restart forgets it, and each server of several counts its own.
 *
 * <p>Time is the clock's, so that a test can move it. Thread-safe: one lock, held for a map
 * look-up and a bucket's arithmetic.
 */
final class RateLimiter {
    static final int MAX_KEYS = 100_000;

    private final boolean enabled;
    private final long capacity;
    private final long perMinute;
    private final TimeMeter time;
    private final long idleNanos;
    private final Map<String, Kept> buckets = new LinkedHashMap<>(256, 0.75f, true);

    private static final class Kept {
        final Bucket bucket;
        long lastUsed;

        Kept(Bucket bucket, long lastUsed) {
            this.bucket = bucket;
            this.lastUsed = lastUsed;
        }
    }

    RateLimiter(PresswatchConfig.Api.Limits limits, Clock clock) {
        this.enabled = limits.limitsRate();
        this.capacity = limits.requestBurst();
        this.perMinute = Math.max(1, limits.requestsPerMinute());
        this.time = new ClockTime(clock);
        // how long an empty bucket takes to fill, rounded up
        this.idleNanos = Math.max(1, (capacity * Duration.ofMinutes(1).toNanos() + perMinute - 1) / perMinute);
    }

    /**
     * Takes one request from the key's bucket.
     *
     * @return empty when the request may go ahead; else how long until the bucket holds one again
     */
    Optional<Duration> take(String key) {
        if (!enabled) {
            return Optional.empty();
        }
        ConsumptionProbe probe;
        synchronized (this) {
            long now = time.currentTimeNanos();
            dropIdle(now);
            Kept kept = buckets.get(key);
            if (kept == null) {
                if (buckets.size() >= MAX_KEYS) {
                    Iterator<Kept> eldest = buckets.values().iterator();
                    eldest.next();
                    eldest.remove();
                }
                kept = new Kept(newBucket(), now);
                buckets.put(key, kept);
            }
            kept.lastUsed = now;
            probe = kept.bucket.tryConsumeAndReturnRemaining(1);
        }
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** The buckets kept now, for tests. */
    synchronized int size() {
        return buckets.size();
    }

    /** Drops the least recently used buckets for as long as they are full again. */
    private void dropIdle(long now) {
        Iterator<Kept> eldest = buckets.values().iterator();
        while (eldest.hasNext()) {
            Kept kept = eldest.next();
            if (now - kept.lastUsed < idleNanos) {
                return;
            }
            eldest.remove();
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(time)
                .build();
    }

    /** Whole seconds to say in Retry-After: at least 1, rounded up. */
    static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toNanos() + 999_999_999L) / 1_000_000_000L);
    }

    /** The clock as Bucket4j reads time: nanoseconds since the epoch. */
    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
