package org.presswatch.ingest.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** When to try a failed request again: exponential backoff with jitter, or the server's Retry-After. */
final class Backoff {
    private final Duration base;

    Backoff(Duration base) {
        this.base = base;
    }

    /** The delay before retry number {@code attempt} (1 for the first retry): base * 2^(attempt-1), jittered by ±50%. */
    Duration delay(int attempt) {
        long nominal = base.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis((long) (nominal * ThreadLocalRandom.current().nextDouble(0.5, 1.5)));
    }

    /** The Retry-After header as a delay: delta-seconds or an HTTP date; empty when absent or unreadable. */
    static Optional<Duration> retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }
}
