package org.presswatch.analysis.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.presswatch.analysis.text.ArticleText;
import org.presswatch.analysis.text.TextFolding;
import org.presswatch.core.model.Evidence;
import org.presswatch.core.model.Span;
import org.presswatch.core.model.Topic;
import org.presswatch.core.model.TopicScore;
import org.presswatch.core.model.Topics;
import org.presswatch.core.testing.Randomness;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.demo.corpus.CorpusArticle;

/**
 * The rules alone, as {@link TopicScorer} would score with them before its classifier adds its
 * judgement: the documented formula, the evidence, the contexts and the traps the rules must
 * already avoid by themselves.
 */
class TopicRulesTest {
    private static final TopicRules RULES = TopicRules.load();
    private static final double EPSILON = 1e-9;

    private static Optional<TopicScore> topic(List<TopicScore> scores, String id) {
        return scores.stream().filter(s -> s.topic().equals(id)).findFirst();
    }

    private static double score(List<TopicScore> scores, String id) {
        return topic(scores, id).map(TopicScore::score).orElse(0.0);
    }

    private static boolean listed(List<TopicScore> scores, String id) {
        return score(scores, id) >= TopicScorer.LISTING_THRESHOLD;
    }

    /** The rules' outcomes squashed as documented: {@code 1 - exp(-sum / 2)} for a positive sum, else no score. */
    static List<TopicScore> rulesOnly(String title, String text) {
        List<TopicScore> scores = new ArrayList<>();
        for (TopicRules.Outcome o : RULES.apply(ArticleText.of(title, text))) {
            if (o.sum() > 1e-9) {
                double score = 1 - Math.exp(-o.sum() / 2);
                scores.add(new TopicScore(o.topic(), score, score >= TopicScorer.LISTING_THRESHOLD, o.evidence()));
            }
        }
        return scores;
    }

    private static Optional<Evidence> evidence(List<TopicScore> scores, String rule) {
        return scores.stream().flatMap(s -> s.evidence().stream()).filter(e -> e.rule().equals(rule)).findFirst();
    }

    private static List<String> spanTexts(Evidence e) {
        return e.spans().stream().map(Span::text).toList();
    }

    private static String describe(List<TopicScore> scores) {
        return scores.stream().map(s -> String.format("%s=%.3f %s", s.topic(), s.score(),
                s.evidence().stream().map(e -> String.format("%s(%.2f)%s", e.rule(), e.weight(), spanTexts(e))).toList()))
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    /**
     * What every score must satisfy: a known topic, once; evidence whose rules belong to the topic
     * and whose spans are the article's text at those offsets, at most five per rule, sorted by
     * weight; and a score that is exactly the squashed sum of the evidence weights.
     */
    static void assertWellFormed(String title, String text, List<TopicScore> scores) {
        Set<String> seen = new HashSet<>();
        for (TopicScore s : scores) {
            assertTrue(seen.add(s.topic()), "topic " + s.topic() + " scored twice");
            Topics.require(s.topic());
            assertTrue(s.score() > 0 && s.score() <= 1, "score of " + s.topic() + " is " + s.score());
            assertFalse(s.evidence().isEmpty(), s.topic() + " has no evidence");
            double sum = 0;
            double previous = Double.POSITIVE_INFINITY;
            for (Evidence e : s.evidence()) {
                assertTrue(e.rule().startsWith(s.topic() + "/"), "evidence " + e.rule() + " under topic " + s.topic());
                assertTrue(Math.abs(e.weight()) <= previous, "evidence of " + s.topic() + " is not sorted by weight: " + s.evidence());
                previous = Math.abs(e.weight());
                assertTrue(!e.spans().isEmpty() && e.spans().size() <= 5, e.rule() + " has " + e.spans().size() + " spans");
                for (Span span : e.spans()) {
                    String field = span.field().equals(Span.TITLE) ? title : text;
                    assertTrue(span.end() <= field.length(), "span " + span + " runs past its field");
                    assertEquals(span.text(), field.substring(span.start(), span.end()), "span of " + e.rule());
                }
                sum += e.weight();
            }
            assertTrue(sum > 0, s.topic() + " is listed with a non-positive sum " + sum);
            assertEquals(1 - Math.exp(-sum / 2), s.score(), EPSILON, "score of " + s.topic() + " against its evidence");
        }
    }

    private static List<TopicScore> scoreWellFormed(String title, String text) {
        List<TopicScore> scores = rulesOnly(title, text);
        assertWellFormed(title, text, scores);
        return scores;
    }

    // ---- the formula ---------------------------------------------------------------------------

    @Test
    void oneMatchInTheTextContributesTheRulesWeight() {
        String text = "Triển lãm mở cửa.\n\nTư liệu về Hoàng Sa được trưng bày.";
        List<TopicScore> scores = scoreWellFormed("", text);
        TopicScore sovereignty = topic(scores, "sovereignty").orElseThrow();
        assertEquals(1 - Math.exp(-1.5 / 2), sovereignty.score(), EPSILON);
        assertEquals(List.of(new Evidence("sovereignty/paracels", 1.5, List.of(new Span(Span.TEXT, 30, 38, "Hoàng Sa")))), sovereignty.evidence());
    }

    @Test
    void theLeadBoostsByAQuarterAndTheTitleByHalf() {
        assertEquals(1.5 * 1.25, evidence(scoreWellFormed("", "Tư liệu về Hoàng Sa.\n\nTriển lãm mở cửa."), "sovereignty/paracels")
                .orElseThrow().weight(), EPSILON, "the lead is the first paragraph");
        assertEquals(1.5 * 1.25, evidence(scoreWellFormed("", "Tư liệu về Hoàng Sa.\nTriển lãm mở cửa."), "sovereignty/paracels")
                .orElseThrow().weight(), EPSILON, "or the first line when the text has no blank line");
        assertEquals(1.5 * 1.25, evidence(scoreWellFormed("", "Tư liệu về Hoàng Sa."), "sovereignty/paracels").orElseThrow().weight(),
                EPSILON, "a text of one paragraph is all lead");
        assertEquals(1.5 * 1.5, evidence(scoreWellFormed("Hoàng Sa", ""), "sovereignty/paracels").orElseThrow().weight(), EPSILON);
    }

    @Test
    void moreMatchesGrowLogarithmicallyAndTheBestPlacedMatchSetsTheBoost() {
        assertEquals(1.5 * (1 + Math.log(2)), evidence(scoreWellFormed("", "Tin.\n\nHoàng Sa. Hoàng Sa."), "sovereignty/paracels")
                .orElseThrow().weight(), EPSILON);
        assertEquals(1.5 * (1 + Math.log(3)) * 1.25, evidence(scoreWellFormed("", "Hoàng Sa.\n\nHoàng Sa. Hoàng Sa."), "sovereignty/paracels")
                .orElseThrow().weight(), EPSILON);
        Evidence both = evidence(scoreWellFormed("Hoàng Sa", "Hoàng Sa"), "sovereignty/paracels").orElseThrow();
        assertEquals(1.5 * (1 + Math.log(2)) * 1.5, both.weight(), EPSILON);
        assertEquals(List.of(new Span(Span.TITLE, 0, 8, "Hoàng Sa"), new Span(Span.TEXT, 0, 8, "Hoàng Sa")), both.spans());
    }

    @Test
    void evidenceKeepsFiveSpansPerRuleButCountsAllMatches() {
        Evidence e = evidence(scoreWellFormed("", "Tin.\n\n" + "Hoàng Sa. ".repeat(7)), "sovereignty/paracels").orElseThrow();
        assertEquals(5, e.spans().size());
        assertEquals(1.5 * (1 + Math.log(7)), e.weight(), EPSILON);
    }

    @Test
    void oneStrongRuleAloneReachesTheListingThreshold() {
        assertEquals(0.5, TopicScorer.LISTING_THRESHOLD);
        assertTrue(1 - Math.exp(-1.4 / 2) >= TopicScorer.LISTING_THRESHOLD, "weight 1.4 reaches the threshold");
        assertTrue(listed(scoreWellFormed("", "Triển lãm tư liệu về Hoàng Sa mở cửa."), "sovereignty"), "paracels weighs 1.5");
        assertFalse(listed(scoreWellFormed("", "Bộ Ngoại giao họp báo thường kỳ."), "sovereignty"), "diplomacy alone (0.4) is not enough");
    }

    @Test
    void rulesThatCancelOutGiveNoScore() {
        // diplomacy 0.4 + enforcement-at-sea 0.8 - sport-not-sovereignty 1.2 is zero, or 2e-16 in doubles
        List<TopicScore> scores = scoreWellFormed("", "Bộ Ngoại giao nói về vòi rồng và bóng đá.");
        assertTrue(topic(scores, "sovereignty").isEmpty(), "a sum of zero is no score:" + describe(scores));
        List<TopicScore> negative = scoreWellFormed("", "Bộ Ngoại giao nói về bóng đá.");
        assertTrue(topic(negative, "sovereignty").isEmpty(), "a negative sum is no score:" + describe(negative));
    }

    @Test
    void nothingToScoreGivesNoTopics() {
        assertEquals(List.of(), rulesOnly("", ""));
        assertEquals(List.of(), rulesOnly("Giá vàng hôm nay", "Giá vàng miếng tăng nhẹ so với hôm qua."));
    }

    @Test
    void everyTopicOfTheTaxonomyHasRules() {
        for (Topic t : Topics.all()) {
            TopicRuleSet set = TopicRuleSet.load(t.id());
            assertEquals(t.id(), set.topic());
            assertFalse(set.rules().isEmpty(), t.id());
            assertTrue(set.rules().stream().anyMatch(r -> r.weight() > 0), t.id() + " has no positive rule");
        }
    }

    // ---- sovereignty -----------------------------------------------------------------------------

    @Test
    void aStormNearTheParacelsIsWeatherNotSovereignty() {
        String title = "Áp thấp nhiệt đới mạnh lên thành bão số 5 trên Biển Đông";
        String text = """
                Hồi 7 giờ sáng nay, vị trí tâm bão ở ngay trên vùng biển phía đông quần đảo Hoàng Sa, sức gió mạnh nhất cấp 10, \
                giật cấp 12. Trung tâm Dự báo Khí tượng Thủy văn quốc gia cho biết cơn bão di chuyển theo hướng tây, vùng biển \
                động rất mạnh, sóng cao 5-7 mét.

                Tàu thuyền hoạt động trong vùng nguy hiểm cần chủ động phòng tránh; các tỉnh ven biển chuẩn bị cho khả năng bão \
                đổ bộ vào cuối tuần với mưa lớn diện rộng.""";
        List<TopicScore> scores = scoreWellFormed(title, text);
        assertFalse(listed(scores, "sovereignty"), "a storm forecast is not a sovereignty story:" + describe(scores));
    }

    /** "áp sát" is said of a storm closing in as of a ship: near a storm it is weather. */
    @Test
    void aShortStormBulletinNearTheParacelsIsWeather() {
        String title = "Bão số 3 áp sát quần đảo Hoàng Sa";
        String text = "Hồi 13 giờ hôm nay, vị trí tâm bão ở ngay trên vùng biển phía đông quần đảo Hoàng Sa. "
                + "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 12, giật cấp 15.";
        List<TopicScore> scores = scoreWellFormed(title, text);
        assertFalse(listed(scores, "sovereignty"), describe(scores));
    }

    @Test
    void aCoastGuardWaterCannonIncidentNearTheParacelsIsSovereignty() {
        String title = "Tàu hải cảnh Trung Quốc dùng vòi rồng tấn công tàu cá Quảng Ngãi gần Hoàng Sa";
        String text = """
                Ngày 12/3, khi đang khai thác hải sản tại ngư trường truyền thống gần quần đảo Hoàng Sa, tàu cá QNg 90617 TS của \
                ngư dân xã Bình Châu bị một tàu hải cảnh Trung Quốc áp sát, dùng vòi rồng phun nước làm vỡ cabin.

                Bộ Ngoại giao Việt Nam đã trao công hàm phản đối, khẳng định chủ quyền của Việt Nam đối với quần đảo Hoàng Sa.""";
        List<TopicScore> scores = scoreWellFormed(title, text);
        assertTrue(listed(scores, "sovereignty"), describe(scores));
        assertTrue(spanTexts(evidence(scores, "sovereignty/enforcement-at-sea").orElseThrow()).contains("vòi rồng"), describe(scores));
        assertTrue(spanTexts(evidence(scores, "sovereignty/paracels").orElseThrow()).contains("quần đảo Hoàng Sa"), describe(scores));
    }

    @Test
    void aFootballTeamDefendingItsHomeGroundIsNotSovereignty() {
        String title = "Hải Phòng giữ vững chủ quyền sân nhà trước Hoàng Anh Gia Lai";
        String text = """
                Trong trận đấu thuộc vòng 8 V-League tối qua, đội chủ nhà Hải Phòng thắng 2-0 nhờ hai bàn thắng trong hiệp hai, \
                qua đó tiếp tục giữ vững chủ quyền sân nhà Lạch Tray.

                Huấn luyện viên đội khách thừa nhận các học trò đã chơi dưới sức.""";
        List<TopicScore> scores = scoreWellFormed(title, text);
        assertFalse(listed(scores, "sovereignty"), describe(scores));
    }

    @Test
    void sovereigntyIsFoundInEnglishFrenchAndChinese() {
        List<TopicScore> en = scoreWellFormed("China Coast Guard water-cannons Philippine boat near Second Thomas Shoal",
                "The China Coast Guard fired water cannon at a Philippine resupply boat in the Spratly Islands on Tuesday.");
        assertTrue(listed(en, "sovereignty"), describe(en));
        List<TopicScore> fr = scoreWellFormed("Tensions en mer de Chine méridionale",
                "Des garde-côtes chinois ont utilisé des canons à eau contre des pêcheurs vietnamiens près des îles Paracels.");
        assertTrue(listed(fr, "sovereignty"), describe(fr));
        List<TopicScore> zh = scoreWellFormed("中国海警在西沙群岛驱离越南渔船", "中国海警表示，越南渔船非法进入西沙群岛领海，已依法驱离。");
        assertTrue(listed(zh, "sovereignty"), describe(zh));
        assertEquals(List.of("西沙群岛", "西沙群岛"), spanTexts(evidence(zh, "sovereignty/paracels").orElseThrow()));
    }

    // ---- human rights ------------------------------------------------------------------------

    @Test
    void aTrialUnderArticle117IsHumanRights() {
        String title = "Xét xử blogger về tội tuyên truyền chống Nhà nước";
        String text = """
                Tòa án nhân dân tỉnh mở phiên tòa xét xử ông N.V.T., 45 tuổi, theo Điều 117 Bộ luật Hình sự về tội làm, tàng trữ, \
                phát tán thông tin, tài liệu nhằm chống Nhà nước.

                Ông bị tuyên án 8 năm tù.""";
        List<TopicScore> scores = scoreWellFormed(title, text);
        assertTrue(listed(scores, "human_rights"), describe(scores));
        assertTrue(spanTexts(evidence(scores, "human_rights/speech-offences").orElseThrow()).contains("Điều 117"), describe(scores));

        List<TopicScore> en = scoreWellFormed("Activist jailed under Article 117",
                "A court sentenced the activist to six years in prison under Article 117 of the penal code for posts on Facebook.");
        assertTrue(listed(en, "human_rights"), describe(en));
    }

    // ---- religion --------------------------------------------------------------------------------

    @Test
    void aPagodaFestivalWrittenAsTourismIsNotReligion() {
        String title = "Lễ hội chùa Hương 2025 đón hơn 20.000 lượt khách ngày khai hội";
        String text = """
                Ngày khai hội, hàng vạn du khách đổ về chùa Hương, cáp treo hoạt động hết công suất. Nhiều người lên chùa Thiên \
                Trù, động Hương Tích thắp hương cầu nguyện đầu năm.

                Ban tổ chức cho biết lượt khách tăng 15% so với năm ngoái, các tour du lịch từ Hà Nội kín chỗ; các khách sạn \
                quanh khu du lịch đều kín phòng, huyện tăng cường thu gom rác thải.""";
        List<TopicScore> scores = scoreWellFormed(title, text);
        assertFalse(listed(scores, "religion"), describe(scores));
        assertTrue(listed(scores, "image"), "it is a tourism story:" + describe(scores));
    }

    @Test
    void negativeRulesAppearAsNegativeWeightEvidence() {
        String title = "Ban Tôn giáo tỉnh kiểm tra sinh hoạt tôn giáo tại các chùa";
        String text = "Đoàn kiểm tra việc đăng ký sinh hoạt tôn giáo của các điểm nhóm, giữa mùa du lịch lễ hội.";
        List<TopicScore> scores = scoreWellFormed(title, text);
        TopicScore religion = topic(scores, "religion").orElseThrow();
        Evidence sightseeing = evidence(scores, "religion/sightseeing-not-religion").orElseThrow(() -> new AssertionError(describe(scores)));
        assertEquals(-0.9 * 1.25, sightseeing.weight(), EPSILON, "in the lead");
        assertEquals(List.of(new Span(Span.TEXT, text.indexOf("du lịch"), text.indexOf("du lịch") + 7, "du lịch")), sightseeing.spans());
        assertTrue(religion.evidence().contains(sightseeing));
        assertTrue(listed(scores, "religion"), "the negative rule lowers but does not cancel a religion story:" + describe(scores));
    }

    // ---- ethnicity -------------------------------------------------------------------------------

    @Test
    void theExamIsNotDiscrimination() {
        String exam = """
                Hơn một triệu thí sinh cả nước bước vào kỳ thi tốt nghiệp trung học phổ thông. Tại các điểm thi vùng cao, \
                nhiều em phải đi từ chiều hôm trước.""";
        List<TopicScore> scores = scoreWellFormed("Kỳ thi tốt nghiệp bắt đầu", exam);
        assertTrue(evidence(scores, "ethnicity/land-and-unrest").isEmpty(), "kỳ thi (exam) matched kỳ thị:" + describe(scores));
        String discrimination = "Nhiều học sinh người dân tộc thiểu số cho biết vẫn bị kỳ thị ở trường.";
        List<TopicScore> d = scoreWellFormed("", discrimination);
        assertEquals(List.of("kỳ thị"), spanTexts(evidence(d, "ethnicity/land-and-unrest").orElseThrow()));
        assertTrue(listed(d, "ethnicity"), describe(d));
    }

    // ---- every score is well-formed ---------------------------------------------------------------

    @Test
    void everyScoreOfEveryCorpusArticleCarriesExactEvidence() {
        List<CorpusArticle> articles = Corpus.load().articles();
        assertTrue(articles.size() > 200, "the demo corpus has " + articles.size() + " articles");
        int scored = 0;
        for (CorpusArticle a : articles) {
            List<TopicScore> scores = rulesOnly(a.title(), a.text());
            assertWellFormed(a.title(), a.text(), scores);
            scored += scores.size();
        }
        assertTrue(scored > articles.size(), "most articles score on some topic; only " + scored + " scores");
    }

    // ---- randomized ------------------------------------------------------------------------------

    /**
     * Random phrases of one topic's rules, inserted in random filler in the title and the text: the
     * topic's evidence is exactly the inserted phrases, rule by rule, and its score follows the
     * documented formula (weight x (1 + ln matches), x 1.5 with a title match, squashed by
     * 1 - exp(-sum / 2)), or there is no score when the sum is not positive.
     */
    @Test
    void randomizedScoresFollowTheRules() {
        List<Topic> topics = Topics.all();
        Map<String, List<TopicRule>> rulesByTopic = new HashMap<>();
        Map<String, List<String[]>> poolByTopic = new HashMap<>(); // {rule id, phrase}
        Set<String> phraseWordFolds = new HashSet<>();
        for (Topic t : topics) {
            List<TopicRule> rules = TopicRuleSet.load(t.id()).rules();
            rulesByTopic.put(t.id(), rules);
            Map<String, Set<String>> rulesOfPhrase = new HashMap<>();
            for (TopicRule r : rules) {
                for (String p : r.phrases()) {
                    rulesOfPhrase.computeIfAbsent(TextFolding.fold(p), k -> new HashSet<>()).add(r.id());
                }
                List<String> allPhrases = new ArrayList<>(r.phrases());
                allPhrases.addAll(r.near().phrases());
                allPhrases.addAll(r.unlessNear().phrases());
                for (String p : allPhrases) {
                    for (String w : p.split("[^\\p{L}\\p{N}]+")) {
                        phraseWordFolds.add(TextFolding.fold(w));
                    }
                }
            }
            List<String[]> pool = new ArrayList<>();
            for (TopicRule r : rules) {
                if (!r.near().isNone() || !r.unlessNear().isNone()) {
                    continue; // whether they count depends on their neighbours; see the context tests
                }
                for (String p : r.phrases()) {
                    if (rulesOfPhrase.get(TextFolding.fold(p)).size() == 1) { // a phrase two rules share would be ambiguous
                        pool.add(new String[] {r.id(), p});
                    }
                }
            }
            poolByTopic.put(t.id(), pool);
        }
        Randomness.run("randomizedScoresFollowTheRules", random -> {
            for (int iter = 0; iter < Randomness.iterations(300); iter++) {
                String topicId = topics.get(random.nextInt(topics.size())).id();
                List<String[]> pool = poolByTopic.get(topicId);
                Map<String, List<Span>> spans = new LinkedHashMap<>();
                String title = field(random, pool, Span.TITLE, 2, phraseWordFolds, spans);
                String text = field(random, pool, Span.TEXT, 8, phraseWordFolds, spans);

                Map<String, Double> weights = new HashMap<>();
                rulesByTopic.get(topicId).forEach(r -> weights.put(r.id(), r.weight()));
                Map<String, Double> contributions = new HashMap<>();
                double sum = 0;
                for (Map.Entry<String, List<Span>> e : spans.entrySet()) {
                    double c = weights.get(e.getKey()) * (1 + Math.log(e.getValue().size())) * boost(e.getValue(), text);
                    contributions.put(e.getKey(), c);
                    sum += c;
                }
                List<TopicScore> scores = rulesOnly(title, text);
                assertWellFormed(title, text, scores);
                Optional<TopicScore> actual = topic(scores, topicId);
                String context = "topic " + topicId + "\ntitle: " + title + "\ntext: " + text + "\nscores:" + describe(scores);
                if (sum <= 1e-9) { // what cancels out, up to rounding, is no score
                    assertTrue(actual.isEmpty(), "no score expected (sum " + sum + ") for " + context);
                    continue;
                }
                assertTrue(actual.isPresent(), "a score expected (sum " + sum + ") for " + context);
                assertEquals(1 - Math.exp(-sum / 2), actual.get().score(), EPSILON, context);
                Map<String, Evidence> actualEvidence = actual.get().evidence().stream()
                        .collect(Collectors.toMap(e -> e.rule().substring(topicId.length() + 1), e -> e));
                assertEquals(spans.keySet(), actualEvidence.keySet(), context);
                for (Map.Entry<String, List<Span>> e : spans.entrySet()) {
                    Evidence ev = actualEvidence.get(e.getKey());
                    assertEquals(contributions.get(e.getKey()), ev.weight(), EPSILON, e.getKey() + " in " + context);
                    assertEquals(e.getValue().subList(0, Math.min(5, e.getValue().size())), ev.spans(), e.getKey() + " in " + context);
                }
            }
        });
    }

    /** The documented field boost of a rule: that of its best-placed match. */
    private static double boost(List<Span> spans, String text) {
        int paragraph = text.indexOf("\n\n");
        int leadEnd = paragraph >= 0 ? paragraph : text.length();
        double boost = 1.0;
        for (Span span : spans) {
            boost = Math.max(boost, span.field().equals(Span.TITLE) ? 1.5 : span.start() < leadEnd ? 1.25 : 1.0);
        }
        return boost;
    }

    private static final List<String> SEPARATORS = List.of(" ", " ", ", ", ". ", " (", ") ", " “", "” ", "\n\n", " - ");

    private static String field(Random random, List<String[]> pool, String fieldName, int maxPhrases, Set<String> phraseWordFolds,
                                Map<String, List<Span>> spans) {
        StringBuilder out = new StringBuilder(filler(random, phraseWordFolds));
        int phrases = random.nextInt(maxPhrases + 1);
        for (int i = 0; i < phrases; i++) {
            String[] pick = pool.get(random.nextInt(pool.size()));
            out.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
            int start = out.length();
            out.append(pick[1]);
            spans.computeIfAbsent(pick[0], k -> new ArrayList<>()).add(new Span(fieldName, start, out.length(), pick[1]));
            out.append(SEPARATORS.get(random.nextInt(SEPARATORS.size()))).append(filler(random, phraseWordFolds));
        }
        return out.toString();
    }

    /** Vietnamese-looking words that are no word of any rule phrase. */
    private static String filler(Random random, Set<String> phraseWordFolds) {
        String onsets = "bcdghklmnprstvx";
        String vowels = "aăâeêioôơuưy";
        String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        StringBuilder out = new StringBuilder();
        int words = 1 + random.nextInt(5);
        for (int w = 0; w < words; ) {
            String word = java.text.Normalizer.normalize("" + onsets.charAt(random.nextInt(onsets.length()))
                    + vowels.charAt(random.nextInt(vowels.length())) + tones[random.nextInt(tones.length)]
                    + "nmtcp".charAt(random.nextInt(5)), java.text.Normalizer.Form.NFC);
            if (!phraseWordFolds.contains(TextFolding.fold(word))) {
                out.append(w == 0 ? "" : " ").append(word);
                w++;
            }
        }
        return out.toString();
    }
}
