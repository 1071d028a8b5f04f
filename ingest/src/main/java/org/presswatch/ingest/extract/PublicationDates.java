package org.presswatch.ingest.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication times as news sites write them: ISO-8601 with or without an offset,
 * RFC 1123, day-first numeric dates ("Thứ Ba, 25/11/2025 - 14:30", "25-11-2025 14:30 GMT+7",
 * "14:30 25/11/2025"),
 * and dates in URL paths. A time without a zone is taken in the page's zone (Vietnam's for
 * Vietnamese pages).
 */
final class PublicationDates {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Groups: 1-2 a time before the date, 3-5 day month year, 6-8 a time after it, 9 GMT/UTC, 10-11 its offset. */
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?:(\\d{1,2})[:h](\\d{2})\\D{1,12}?)?(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:\\D{1,12}?(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?)?"
                    + "(?:\\s*\\(?\\s*(GMT|UTC)\\s*(?:([+-]\\d{1,2})(?::?(\\d{2}))?)?)?");
    private static final Pattern URL_DATE = Pattern.compile("/(20\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|$|[^\\d])|[-_/](20\\d{2})(\\d{2})(\\d{2})\\d*(?:[._/-]|$)");

    private PublicationDates() {}

    /** A machine-readable date (ISO-8601 or RFC 1123), as found in metadata. */
    static Optional<Instant> parseMachine(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(s).toInstant()); // 2025-11-25T14:30+07:00[Asia/Ho_Chi_Minh]
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(s.replace(' ', 'T')).atZone(zone).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(OffsetDateTime.parse(s.replace(' ', 'T').replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2")).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException ignored) {
            return parseDayFirst(s, zone);
        }
    }

    /** A day-first date in running text, the way Vietnamese and French sites print it. */
    static Optional<Instant> parseDayFirst(String text, ZoneId zone) {
        Matcher m = DAY_FIRST.matcher(text);
        while (m.find()) {
            try {
                int day = Integer.parseInt(m.group(3));
                int month = Integer.parseInt(m.group(4));
                int year = Integer.parseInt(m.group(5));
                int timeGroup = m.group(6) != null ? 6 : 1;
                int hour = m.group(timeGroup) == null ? 0 : Integer.parseInt(m.group(timeGroup));
                int minute = m.group(timeGroup + 1) == null ? 0 : Integer.parseInt(m.group(timeGroup + 1));
                int second = m.group(8) == null ? 0 : Integer.parseInt(m.group(8));
                LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
                ZoneId at = m.group(9) == null ? zone : m.group(10) == null ? ZoneOffset.UTC
                        : ZoneOffset.ofHoursMinutes(Integer.parseInt(m.group(10)),
                        (m.group(10).startsWith("-") ? -1 : 1) * (m.group(11) == null ? 0 : Integer.parseInt(m.group(11))));
                return Optional.of(local.atZone(at).toInstant());
            } catch (RuntimeException notADate) {
                // 31/02 and the like: look further
            }
        }
        return Optional.empty();
    }

    /** The date in a URL path such as /2025/11/25/ or -20251125..., at midnight in the zone. */
    static Optional<Instant> fromUrl(String url, ZoneId zone) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        int base = m.group(1) != null ? 1 : 4;
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(base)), Integer.parseInt(m.group(base + 1)),
                    Integer.parseInt(m.group(base + 2))).atStartOfDay(zone).toInstant());
        } catch (RuntimeException notADate) {
            return Optional.empty();
        }
    }
}
