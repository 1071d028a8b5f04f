package org.presswatch.ingest.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds write, for when Rome could not.
 *
 * <p>Contract of {@link #parse}: accepts
 * <ul>
 *   <li>W3C-DTF / ISO 8601: {@code 2003-12-31T10:14:55Z}, any fraction of a second, offsets
 *       {@code +01:00}, {@code +0100} or {@code +01}, a space instead of the {@code T}, the compact
 *       {@code 20031231T101455Z}, and the reduced precisions {@code 2003-12-31T10:14},
 *       {@code 2003-12-31}, {@code 2003-12}, {@code 2003};
 *   <li>RFC 822 / RFC 1123 and their common corruptions: with or without the day name (which is
 *       never checked), day-month-year separated by spaces or dashes, English month names short or
 *       long, two-digit years (before 50 is 20xx), no seconds or no time at all, zones as
 *       {@code GMT}/{@code UT}/{@code Z}, North American and a few Asian and European
 *       abbreviations ({@code EST}, {@code PDT}, {@code ICT}, {@code CET}...) or numeric offsets;
 *   <li>the C {@code asctime} shape {@code Thu Jan 01 19:48:21 GMT 2004}.
 * </ul>
 * A date without a zone, or with a zone it does not know, is read as UTC. Anything else, and
 * impossible dates (February 30th), give empty.
 */
final class FeedDates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-?(\\d{2})(?:-?(\\d{2})(?:[Tt ]\\s*(\\d{2}):?(\\d{2})(?::?(\\d{2})(?:[.,](\\d+))?)?)?)?)?"
                    + "\\s*([A-Za-z]{1,5}|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern RFC822 = Pattern.compile(
            "(?:[A-Za-z]+\\.?,?\\s*)?(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+([A-Za-z]{3,9})\\.?,?[\\s-]+(\\d{2}|\\d{4})"
                    + "(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
                    + "\\s*(?:([A-Za-z]{1,5})|([+-]\\d{2}):?(\\d{2}))?(?:\\s*\\(.*\\))?");
    private static final Pattern ASCTIME = Pattern.compile(
            "[A-Za-z]{3,9},?\\s+([A-Za-z]{3,9})\\s+(\\d{1,2}),?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "(?:\\s+([A-Za-z]{1,5}|[+-]\\d{4}))?\\s+(\\d{4})");
    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("WET", 0),
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
            Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
            Map.entry("AST", -4), Map.entry("ADT", -3), Map.entry("AKST", -9), Map.entry("AKDT", -8),
            Map.entry("HST", -10), Map.entry("BST", 1), Map.entry("CET", 1), Map.entry("CEST", 2),
            Map.entry("MET", 1), Map.entry("MEST", 2), Map.entry("EET", 2), Map.entry("EEST", 3),
            Map.entry("MSK", 3), Map.entry("ICT", 7), Map.entry("WIB", 7), Map.entry("HKT", 8),
            Map.entry("SGT", 8), Map.entry("AWST", 8), Map.entry("PHT", 8), Map.entry("JST", 9), Map.entry("KST", 9));
    /** No date is longer; longer text is not looked at. */
    private static final int MAX_LENGTH = 100;
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private static final Pattern FRACTION = Pattern.compile("(T\\d{2}:\\d{2}:\\d{2})\\.(\\d+)");

    private FeedDates() {}

    /**
     * Rome reads the fraction of a W3C date-time as a count of milliseconds (".1" as 1 ms,
     * ".105263157" as 29 hours); writing every fraction in a document with exactly three digits
     * makes Rome right.
     */
    static String withMillisecondFractions(String xml) {
        Matcher m = FRACTION.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length());
        while (m.find()) {
            String digits = (m.group(2) + "00").substring(0, 3);
            m.appendReplacement(out, m.group(1) + "." + digits);
        }
        return m.appendTail(out).toString();
    }

    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String s = text.strip().replaceAll("\\s+", " ");
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return Optional.of(iso(m));
            }
            m = RFC822.matcher(s);
            if (m.matches()) {
                return rfc822(m);
            }
            m = ASCTIME.matcher(s);
            if (m.matches()) {
                int month = month(m.group(1));
                if (month < 0) {
                    return Optional.empty();
                }
                LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(7)), month + 1, Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), m.group(5) == null ? 0 : Integer.parseInt(m.group(5)));
                return Optional.of(local.toInstant(zone(m.group(6))));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Instant iso(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "000000000").substring(0, 9));
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        return local.toInstant(zone(m.group(8)));
    }

    private static Optional<Instant> rfc822(Matcher m) {
        int month = month(m.group(2));
        if (month < 0) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        LocalDateTime local = LocalDateTime.of(year, month + 1, Integer.parseInt(m.group(1)), hour, minute, second);
        ZoneOffset offset = m.group(8) != null
                ? ZoneOffset.ofHoursMinutes(Integer.parseInt(m.group(8)),
                        (m.group(8).startsWith("-") ? -1 : 1) * Integer.parseInt(m.group(9)))
                : zone(m.group(7));
        return Optional.of(local.toInstant(offset));
    }

    /** The offset a zone name or numeric offset stands for; UTC when absent or unknown. */
    private static ZoneOffset zone(String zone) {
        if (zone == null || zone.isEmpty()) {
            return ZoneOffset.UTC;
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            String digits = zone.replace(":", "");
            int sign = digits.startsWith("-") ? -1 : 1;
            int hours = Integer.parseInt(digits.substring(1, 3));
            int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        Integer hours = ZONE_HOURS.get(zone.toUpperCase(Locale.ROOT));
        return hours == null ? ZoneOffset.UTC : ZoneOffset.ofHours(hours);
    }

    private static int month(String name) {
        if (name.length() < 3) {
            return -1;
        }
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
