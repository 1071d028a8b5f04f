package org.presswatch.analysis.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.presswatch.analysis.labelled.LabelledArticle;
import org.presswatch.analysis.labelled.LabelledArticles;
import org.presswatch.core.model.Evidence;
import org.presswatch.core.model.TopicScore;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.demo.corpus.CorpusArticle;

/**
 * The rules and the built-in classifier together: the documented combination, evidence that
 * shows the model's part, and what the model is there for (doubting keywords in the wrong story,
 * confirming them in the right one). The rules' own behaviour is in {@link TopicRulesTest}.
 */
class TopicScorerTest {
    private static final TopicScorer SCORER = TopicScorer.load();
    private static final double EPSILON = 1e-9;

    private static Optional<TopicScore> topic(List<TopicScore> scores, String id) {
        return scores.stream().filter(s -> s.topic().equals(id)).findFirst();
    }

    private static Evidence modelEvidence(TopicScore score) {
        List<Evidence> models = score.evidence().stream().filter(e -> e.rule().equals(score.topic() + "/model")).toList();
        assertEquals(1, models.size(), score.topic() + " should carry the model's judgement once: " + score.evidence());
        return models.get(0);
    }

    /**
     * Every score: at least one rule with the words it matched (the rules propose), the model's
     * judgement once with its confidence and no span, a contribution that is the documented
     * function of that confidence, and a score that is the squashed sum of all contributions.
     */
    private static void assertWellFormed(String id, List<TopicScore> scores) {
        for (TopicScore s : scores) {
            String where = id + " " + s.topic();
            assertTrue(s.evidence().stream().anyMatch(e -> e.confidence() == null && !e.spans().isEmpty()),
                    where + " has no rule evidence with spans: " + s.evidence());
            for (Evidence e : s.evidence()) {
                if (e.confidence() == null) {
                    assertTrue(e.rule().startsWith(s.topic() + "/"), where + " carries another topic's rule " + e.rule());
                }
            }
            Evidence model = modelEvidence(s);
            assertNotNull(model.confidence(), where);
            assertTrue(model.spans().isEmpty(), where + " model evidence has spans");
            assertEquals(TopicScorer.MODEL_WEIGHT * (2 * model.confidence() - 1), model.weight(), EPSILON, where);
            double sum = s.evidence().stream().mapToDouble(Evidence::weight).sum();
            assertEquals(1 - Math.exp(-sum / 2), s.score(), EPSILON, where);
            assertTrue(s.score() > 0 && s.score() < 1, where + " score " + s.score());
        }
    }

    @Test
    void everyScoreOfTheDemoCorpusAndTheHeldOutSetIsWellFormed() throws IOException {
        int scored = 0;
        for (CorpusArticle a : Corpus.load().articles()) {
            List<TopicScore> scores = SCORER.score(a.title(), a.text());
            assertWellFormed(a.slug(), scores);
            scored += scores.size();
        }
        for (LabelledArticle a : LabelledArticles.heldOut()) {
            List<TopicScore> scores = SCORER.score(a.title(), a.text());
            assertWellFormed(a.id(), scores);
            scored += scores.size();
        }
        assertTrue(scored > 300, "only " + scored + " scores were checked");
    }

    @Test
    void noRuleNoScoreWhateverTheModelThinks() {
        assertEquals(List.of(), SCORER.score("Lãi suất tiết kiệm tháng 11", "Nhiều ngân hàng điều chỉnh lãi suất huy động kỳ hạn 12 tháng lên 5,1%."));
        assertEquals(List.of(), SCORER.score("", ""));
    }

    @Test
    void theModelDoubtsBorderWordsInAFootballReport() {
        String title = "Hà Nội FC bảo vệ thành công lãnh thổ sân Hàng Đẫy";
        String text = "Trong trận cầu căng thẳng, Hà Nội FC đã bảo vệ thành công lãnh thổ sân nhà trước Hải Phòng. "
                + "Hàng thủ chơi như một bức tường biên giới, không cho đối phương xâm phạm vòng cấm.";
        TopicScore border = topic(SCORER.score(title, text), "border").orElseThrow();
        double rulesAlone = topic(TopicRulesTest.rulesOnly(title, text), "border").orElseThrow().score();
        assertTrue(modelEvidence(border).confidence() < 0.1, border.toString());
        assertTrue(border.score() < rulesAlone, border + " vs the rules alone " + rulesAlone);
        assertTrue(border.score() < TopicScorer.LISTING_THRESHOLD, border.toString());
    }

    @Test
    void theModelConfirmsRealStoriesInEachLanguage() {
        List<String[]> stories = List.of(
                new String[] {"sovereignty", "Tàu hải cảnh Trung Quốc phun vòi rồng vào tàu cá Quảng Ngãi gần Hoàng Sa",
                        "Tàu cá của ngư dân xã Bình Châu bị tàu hải cảnh Trung Quốc phun vòi rồng khi đang khai thác tại ngư trường "
                                + "truyền thống ở quần đảo Hoàng Sa của Việt Nam. Bộ Ngoại giao yêu cầu tôn trọng chủ quyền của Việt Nam."},
                new String[] {"sovereignty", "Chinese coast guard fires water cannon at Vietnamese fishing boat near Paracels",
                        "A Chinese coast guard vessel fired water cannon at a Vietnamese fishing boat near the Paracel Islands, "
                                + "injuring two fishermen, Vietnam's foreign ministry said, calling it a violation of Vietnam's sovereignty."},
                new String[] {"border", "Border crossing at Lao Cai reopens for fruit exports",
                        "Trucks carrying dragon fruit and durian queued at the Kim Thanh border gate in Lao Cai as it reopened "
                                + "for exports to China after a week of repairs."});
        List<String> failures = new ArrayList<>();
        for (String[] story : stories) {
            Optional<TopicScore> score = topic(SCORER.score(story[1], story[2]), story[0]);
            if (score.isEmpty() || modelEvidence(score.get()).confidence() < 0.9 || score.get().score() < TopicScorer.LISTING_THRESHOLD) {
                failures.add(story[0] + ": " + story[1] + " -> " + score);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void onTheHeldOutSetTheModelRemovesMoreWrongTopicsThanRightOnes() throws IOException {
        int wrongRemoved = 0;
        int rightRemoved = 0;
        int wrongAdded = 0;
        for (LabelledArticle a : LabelledArticles.heldOut()) {
            List<TopicScore> combined = SCORER.score(a.title(), a.text());
            List<TopicScore> rules = TopicRulesTest.rulesOnly(a.title(), a.text());
            for (TopicScore r : rules) {
                boolean byRules = r.score() >= TopicScorer.LISTING_THRESHOLD;
                boolean byBoth = topic(combined, r.topic()).map(s -> s.score() >= TopicScorer.LISTING_THRESHOLD).orElse(false);
                boolean right = a.topics().contains(r.topic());
                if (byRules && !byBoth) {
                    wrongRemoved += right ? 0 : 1;
                    rightRemoved += right ? 1 : 0;
                } else if (!byRules && byBoth && !right) {
                    wrongAdded++;
                }
            }
        }
        String figures = "wrong topics removed " + wrongRemoved + ", right ones removed " + rightRemoved + ", wrong ones added " + wrongAdded;
        assertTrue(wrongRemoved > rightRemoved + wrongAdded, figures);
    }

    @Test
    void ruleEvidenceHasNoConfidence() {
        TopicScore sovereignty = topic(SCORER.score("Trường Sa", "Chủ quyền biển đảo tại quần đảo Trường Sa."), "sovereignty").orElseThrow();
        sovereignty.evidence().stream().filter(e -> !e.rule().endsWith("/model")).forEach(e -> assertNull(e.confidence(), e.rule()));
        assertFalse(sovereignty.evidence().isEmpty());
    }
}
