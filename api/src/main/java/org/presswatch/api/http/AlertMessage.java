package org.presswatch.api.http;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.Provinces;
import org.presswatch.core.model.Topics;

/**
 * An alert as one line for the officers, in Vietnamese and English, from its figures (the
 * alert's own summary is for logs): what the web UI shows and what a chat bot or a mail gateway
 * posts.
 */
public final class AlertMessage {
    private AlertMessage() {}

    /** The line in each language, keyed {@code vi} and {@code en}. */
    public static Map<String, String> of(Alert alert) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("vi", line(alert, true));
        text.put("en", line(alert, false));
        return text;
    }

    private static String line(Alert a, boolean vi) {
        Map<String, Double> f = a.figures();
        String topic = a.topic() == null ? "–" : vi ? Topics.require(a.topic()).name().vi() : Topics.require(a.topic()).name().en();
        String place = a.province() == null ? (vi ? "toàn quốc" : "national")
                : Provinces.byCode(a.province()).map(p -> vi ? p.name() : p.englishName()).orElse(a.province());
        String window = window(f.getOrDefault("window_seconds", 0.0), vi);
        return switch (a.kind()) {
            case SPIKE -> vi
                    ? String.format(Locale.ROOT, "%d bài về %s (%s) trong %s, thường chỉ %.1f ± %.1f", count(f, "count"), topic, place, window,
                            f.getOrDefault("baseline_mean", 0.0), f.getOrDefault("baseline_sd", 0.0))
                    : String.format(Locale.ROOT, "%d articles on %s (%s) in %s, against %.1f ± %.1f usually", count(f, "count"), topic, place,
                            window, f.getOrDefault("baseline_mean", 0.0), f.getOrDefault("baseline_sd", 0.0));
            case HIGH_RISK -> vi
                    ? String.format(Locale.ROOT, "Bài viết có mức rủi ro %d%% (%s, %s)", Math.round(f.getOrDefault("risk", 0.0) * 100), topic, place)
                    : String.format(Locale.ROOT, "An article at risk %d%% (%s, %s)", Math.round(f.getOrDefault("risk", 0.0) * 100), topic, place);
            case AMPLIFICATION -> vi
                    ? String.format(Locale.ROOT, "Một câu chuyện được %d nguồn đăng trong %s (%s)", count(f, "sources"), window, topic)
                    : String.format(Locale.ROOT, "One story published by %d sources within %s (%s)", count(f, "sources"), window, topic);
        };
    }

    private static long count(Map<String, Double> figures, String name) {
        return Math.round(figures.getOrDefault(name, 0.0));
    }

    private static String window(double seconds, boolean vi) {
        return seconds >= 3600 ? Math.round(seconds / 3600) + (vi ? " giờ" : " h") : Math.round(seconds / 60) + (vi ? " phút" : " min");
    }
}
