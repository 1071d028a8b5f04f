package org.presswatch.pipeline.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.presswatch.analysis.duplicates.SimHash;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.AlertFigures;

class AmplificationRuleTest {
    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
    private static final String STORY = "Tàu hải cảnh nước ngoài xua đuổi tàu cá của ngư dân Quảng Ngãi gần quần đảo Hoàng Sa, "
            + "cơ quan chức năng đã lên tiếng phản đối và yêu cầu chấm dứt ngay các hành vi vi phạm chủ quyền.";

    private final AmplificationRule rule = new AmplificationRule(new PresswatchConfig.Amplification(Duration.ofHours(6), 4));
    private AmplificationRule.State state;
    private final List<Alert> alerts = new ArrayList<>();

    @Test
    void oneStoryFromFourSourcesRaisesOneAlertThatLaterCopiesJoin() {
        see(copy("a1", "src-1", STORY, T0));
        see(copy("a2", "src-2", STORY + " Tin cập nhật.", T0.plusSeconds(600)));
        see(copy("a3", "src-2", STORY, T0.plusSeconds(900)));
        see(copy("a4", "src-3", STORY, T0.plusSeconds(1200)));
        assertEquals(List.of(), alerts, "three sources are not yet amplification");
        see(copy("a5", "src-4", STORY, T0.plusSeconds(1500)));
        assertEquals(1, alerts.size());
        Alert alert = alerts.get(0);
        assertEquals("story-a1", alert.id(), "named after its earliest copy");
        assertEquals(List.of("a1", "a2", "a3", "a4", "a5"), alert.articleIds());
        assertEquals(4, ((AlertFigures.Amplification) alert.figures()).sources());
        see(copy("a6", "src-5", STORY, T0.plusSeconds(1800)));
        see(copy("a7", "src-6", STORY + " Thêm chi tiết.", T0.plusSeconds(2000)));
        assertEquals(1, alerts.size(), "later copies join the alert");
        assertTrue(state.copies().stream().allMatch(c -> "story-a1".equals(c.alertId())));
    }

    @Test
    void differentStoriesAndCopiesOutsideTheWindowDoNotAddUp() {
        Random random = new Random(7);
        for (int i = 0; i < 40; i++) {
            see(copy("x" + i, "src-" + i, randomWords(random, 40), T0.plusSeconds(i)));
        }
        assertEquals(List.of(), alerts, "unrelated texts");
        for (int i = 0; i < 4; i++) {
            see(copy("s" + i, "src-" + i, STORY, T0.plus(Duration.ofHours(7L * i))));
        }
        assertEquals(List.of(), alerts, "four sources over a day are not a surge");
    }

    @Test
    void textsWithoutFingerprintAreIgnored() {
        for (int i = 0; i < 5; i++) {
            see(new StoryCopy("e" + i, "src-" + i, "vi", 0, T0, "", null, null, null));
        }
        assertEquals(List.of(), alerts);
        assertEquals(List.of(), state.copies());
    }

    private static String randomWords(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < count; w++) {
            for (int c = 0, n = 3 + random.nextInt(6); c < n; c++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(' ');
        }
        return text.toString();
    }

    private void see(StoryCopy copy) {
        AlertRule.Outcome<AmplificationRule.State> outcome = rule.observe(state, copy, copy.at());
        state = outcome.state();
        outcome.alert().ifPresent(alerts::add);
    }

    private static StoryCopy copy(String id, String source, String text, Instant at) {
        return new StoryCopy(id, source, "vi", SimHash.fingerprint(text), at, "Tàu cá Quảng Ngãi bị xua đuổi", null, "sovereignty", null);
    }
}
