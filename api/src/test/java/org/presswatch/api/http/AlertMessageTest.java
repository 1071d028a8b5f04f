package org.presswatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presswatch.core.model.Alert;

class AlertMessageTest {
    private static final Instant AT = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void aSpikeSaysHowManyArticlesAgainstTheUsual() {
        Alert spike = new Alert("spike-20-border-x", Alert.Kind.SPIKE, AT, "20", "border", "log line", List.of("a"),
                Map.of("count", 8.0, "baseline_mean", 0.4, "baseline_sd", 0.63, "window_seconds", 300.0));
        assertEquals(Map.of("vi", "8 bài về Biên giới (Lạng Sơn) trong 5 phút, thường chỉ 0.4 ± 0.6",
                "en", "8 articles on Border (Lang Son) in 5 min, against 0.4 ± 0.6 usually"), AlertMessage.of(spike));
    }

    @Test
    void aHighRiskArticleAndAnAmplifiedNationalStory() {
        Alert risk = new Alert("risk-x", Alert.Kind.HIGH_RISK, AT, "51", "sovereignty", "log line", List.of("a"), Map.of("risk", 0.834));
        assertEquals("Bài viết có mức rủi ro 83% (Chủ quyền biển đảo, Quảng Ngãi)", AlertMessage.of(risk).get("vi"));
        Alert story = new Alert("story-x", Alert.Kind.AMPLIFICATION, AT, null, "human_rights", "log line", List.of("a", "b"),
                Map.of("sources", 4.0, "window_seconds", 21_600.0));
        assertEquals("One story published by 4 sources within 6 h (Human rights)", AlertMessage.of(story).get("en"));
        assertEquals("Một câu chuyện được 4 nguồn đăng trong 6 giờ (Nhân quyền)", AlertMessage.of(story).get("vi"));
    }
}
