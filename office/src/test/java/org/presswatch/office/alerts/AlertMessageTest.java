package org.presswatch.office.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.AlertFigures;

class AlertMessageTest {
    private static final Instant AT = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void aSpikeSaysHowManyArticlesAgainstTheUsualWithTheDecimalCommaInVietnamese() {
        Alert spike = new Alert("spike-20-border-x", AT, "20", "border", "log line", List.of("a"),
                new AlertFigures.Spike(8, 0.4, 0.63, 2.3, AT.minusSeconds(240), 300));
        assertEquals(Map.of("vi", "8 bài về Biên giới (Lạng Sơn) trong 5 phút, thường chỉ 0,4 ± 0,6",
                "en", "8 articles on Border (Lang Son) in 5 min, against 0.4 ± 0.6 usually"), AlertMessage.of(spike));
    }

    @Test
    void aHighRiskArticleAndAnAmplifiedNationalStory() {
        Alert risk = new Alert("risk-x", AT, "51", "sovereignty", "log line", List.of("a"), new AlertFigures.HighRisk(0.834, Map.of()));
        assertEquals("Bài viết có mức rủi ro 83% (Chủ quyền biển đảo, Quảng Ngãi)", AlertMessage.of(risk).get("vi"));
        Alert story = new Alert("story-x", AT, null, "human_rights", "log line", List.of("a", "b"),
                new AlertFigures.Amplification(4, 5, 21_600, AT.minusSeconds(3600)));
        assertEquals("One story published by 4 sources within 6 h (Human rights)", AlertMessage.of(story).get("en"));
        assertEquals("Một câu chuyện được 4 nguồn đăng trong 6 giờ (Nhân quyền)", AlertMessage.of(story).get("vi"));
    }
}
