package org.presswatch.office.alerts;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.AlertFigures;
import org.presswatch.core.model.Provinces;
import org.presswatch.core.model.Topics;

/**
 * An alert as one line for the officers, in Vietnamese and English, from its figures (the
 * alert's own summary is for logs): what the web UI shows and what a chat bot or a mail gateway
 * posts. Numbers in the Vietnamese line take the decimal comma.
 */
public final class AlertMessage {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private AlertMessage() {}

    /** The line in each language, keyed {@code vi} and {@code en}. */
    public static Map<String, String> of(Alert alert) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("vi", line(alert, true));
        text.put("en", line(alert, false));
        return text;
    }

    private static String line(Alert a, boolean vi) {
        String topic = a.topic() == null ? "–" : vi ? Topics.require(a.topic()).name().vi() : Topics.require(a.topic()).name().en();
        String place = a.province() == null ? (vi ? "toàn quốc" : "national")
                : Provinces.byCode(a.province()).map(p -> vi ? p.name() : p.englishName()).orElse(a.province());
        Locale numbers = vi ? VIETNAMESE : Locale.ROOT;
        AlertFigures figures = a.figures();
        if (figures instanceof AlertFigures.Spike spike) {
            return vi
                    ? String.format(numbers, "%d bài về %s (%s) trong %s, thường chỉ %.1f ± %.1f", spike.count(), topic, place,
                            window(spike.window(), true), spike.baselineMean(), spike.baselineSd())
                    : String.format(numbers, "%d articles on %s (%s) in %s, against %.1f ± %.1f usually", spike.count(), topic, place,
                            window(spike.window(), false), spike.baselineMean(), spike.baselineSd());
        } else if (figures instanceof AlertFigures.HighRisk risk) {
            long percent = Math.round(risk.risk() * 100);
            return vi
                    ? String.format(numbers, "Bài viết có mức rủi ro %d%% (%s, %s)", percent, topic, place)
                    : String.format(numbers, "An article at risk %d%% (%s, %s)", percent, topic, place);
        } else if (figures instanceof AlertFigures.Amplification story) {
            return vi
                    ? String.format(numbers, "Một câu chuyện được %d nguồn đăng trong %s (%s)", story.sources(), window(story.window(), true), topic)
                    : String.format(numbers, "One story published by %d sources within %s (%s)", story.sources(), window(story.window(), false),
                            topic);
        }
        throw new IllegalArgumentException("no wording for alerts of kind " + a.kind());
    }

    private static String window(Duration window, boolean vi) {
        long seconds = window.toSeconds();
        return seconds >= 3600 ? Math.round(seconds / 3600.0) + (vi ? " giờ" : " h") : Math.round(seconds / 60.0) + (vi ? " phút" : " min");
    }
}
