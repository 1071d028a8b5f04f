package org.presswatch.demo.pages;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Publication dates as each kind of outlet prints them. */
final class Dates {
    private Dates() {}

    /** "Thứ Ba, 25/11/2025 - 14:30 (GMT+7)", the Vietnamese portal style. */
    static String portal(ZonedDateTime t, Chrome chrome) {
        return chrome.weekday(t) + ", " + t.format(DateTimeFormatter.ofPattern("dd/MM/yyyy - HH:mm")) + " (GMT"
                + t.getOffset().getId().replace(":00", "").replace("Z", "+0") + ")";
    }

    /** A human date in the outlet's language. */
    static String human(ZonedDateTime t, String language) {
        return switch (language) {
            case "vi" -> t.format(DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"));
            case "fr" -> t.format(DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH));
            case "zh" -> t.format(DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm"));
            default -> t.format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH));
        };
    }

    static String iso(ZonedDateTime t) {
        return t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
