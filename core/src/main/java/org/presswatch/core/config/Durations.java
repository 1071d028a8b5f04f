package org.presswatch.core.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in configuration: {@code 250ms}, {@code 10s}, {@code 5m}, {@code 2h}, {@code 1d}. */
public final class Durations {
    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private Durations() {}

    /**
     * Parses a duration; ISO-8601 ({@code PT10S}) is accepted too.
     *
     * @throws IllegalArgumentException with a message showing the accepted forms
     */
    public static Duration parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        Matcher m = SIMPLE.matcher(trimmed);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write a number and a unit: 250ms, 10s, 5m, 2h or 1d");
        }
    }

    /** The shortest exact form {@link #parse} reads back. */
    public static String format(Duration duration) {
        long ms = duration.toMillis();
        if (ms % 86_400_000 == 0 && ms > 0) {
            return ms / 86_400_000 + "d";
        } else if (ms % 3_600_000 == 0 && ms > 0) {
            return ms / 3_600_000 + "h";
        } else if (ms % 60_000 == 0 && ms > 0) {
            return ms / 60_000 + "m";
        } else if (ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }
}
