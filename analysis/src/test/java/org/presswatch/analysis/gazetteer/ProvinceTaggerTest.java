package org.presswatch.analysis.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.presswatch.core.model.FormerProvince;
import org.presswatch.core.model.ProvinceScore;
import org.presswatch.core.model.Provinces;
import org.presswatch.core.model.Span;
import org.presswatch.core.testing.Randomness;

class ProvinceTaggerTest {
    private static final ProvinceTagger TAGGER = new ProvinceTagger(Gazetteer.load());
    private static final double EPSILON = 1e-12;

    private static Optional<ProvinceScore> province(List<ProvinceScore> scores, String code) {
        return scores.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    private static List<String> codes(List<ProvinceScore> scores) {
        return scores.stream().map(ProvinceScore::code).toList();
    }

    /** Every mention's offsets point at its text in the field it names. */
    private static void assertSpansExact(String title, String text, List<ProvinceScore> scores) {
        for (ProvinceScore score : scores) {
            assertFalse(score.mentions().isEmpty(), "province " + score.code() + " scored without a mention");
            for (Span span : score.mentions()) {
                String field = switch (span.field()) {
                    case Span.TITLE -> title;
                    case Span.TEXT -> text;
                    default -> throw new AssertionError("unknown field " + span.field());
                };
                assertEquals(span.text(), field.substring(span.start(), span.end()), "span " + span + " of province " + score.code());
            }
        }
    }

    private static double expected(double weight) {
        return 1 - Math.exp(-weight / 3.0);
    }

    // ---- weights -------------------------------------------------------------------------------

    @Test
    void aTitleMentionCountsMostThenTheLeadThenTheBody() {
        String title = "Mưa lớn ở Quảng Ngãi";
        String text = "Lũ lên nhanh ở Đà Nẵng trong đêm.\n\nỞ Cà Mau, mưa nhỏ.";
        List<ProvinceScore> scores = TAGGER.tag(title, text);
        assertSpansExact(title, text, scores);
        assertEquals(List.of("51", "48", "96"), codes(scores), "in order of first mention");
        assertEquals(expected(3), province(scores, "51").orElseThrow().score(), EPSILON, "a title mention weighs 3");
        assertEquals(expected(2), province(scores, "48").orElseThrow().score(), EPSILON, "a lead mention weighs 2");
        assertEquals(expected(1), province(scores, "96").orElseThrow().score(), EPSILON, "a body mention weighs 1");
        assertEquals(List.of(new Span(Span.TITLE, 10, 20, "Quảng Ngãi")), province(scores, "51").orElseThrow().mentions());
        assertEquals(List.of(new Span(Span.TEXT, 15, 22, "Đà Nẵng")), province(scores, "48").orElseThrow().mentions());
        assertEquals(List.of(new Span(Span.TEXT, 37, 43, "Cà Mau")), province(scores, "96").orElseThrow().mentions());
    }

    @Test
    void oneTitleMentionOutranksTwoBodyMentions() {
        String title = "Khánh Hòa đón tàu du lịch quốc tế";
        String text = "Tàu cập cảng sáng nay.\n\nHành khách sau đó đi Đà Lạt.\n\nNhiều người ở lại Đà Lạt thêm hai ngày.";
        List<ProvinceScore> scores = TAGGER.tag(title, text);
        assertSpansExact(title, text, scores);
        double khanhHoa = province(scores, "56").orElseThrow().score();
        double lamDong = province(scores, "68").orElseThrow().score();
        assertTrue(khanhHoa > lamDong, "title mention " + khanhHoa + " must outrank two body mentions " + lamDong);
        assertEquals(expected(2), lamDong, EPSILON, "two body mentions add up");
        assertEquals(2, province(scores, "68").orElseThrow().mentions().size());
    }

    @Test
    void aTextWithoutParagraphBreaksIsAllLead() {
        List<ProvinceScore> scores = TAGGER.tag("", "Đoàn công tác đi Cần Thơ, sau đó đến Sóc Trăng và Hậu Giang.");
        ProvinceScore canTho = province(scores, "92").orElseThrow();
        assertEquals(3, canTho.mentions().size(), "Cần Thơ, Sóc Trăng and Hậu Giang are all 92");
        assertEquals(expected(6), canTho.score(), EPSILON);
    }

    @Test
    void theLeadEndsAtTheFirstBlankLine() {
        String text = "Tin từ Lạng Sơn.\n\nLạng Sơn";
        List<Span> mentions = province(TAGGER.tag("", text), "20").orElseThrow().mentions();
        assertEquals(List.of(new Span(Span.TEXT, 7, 15, "Lạng Sơn"), new Span(Span.TEXT, 18, 26, "Lạng Sơn")), mentions);
        assertEquals(expected(3), province(TAGGER.tag("", text), "20").orElseThrow().score(), EPSILON, "one lead (2) and one body (1) mention");
    }

    @Test
    void formerAndCurrentNamesAddUpUnderTheCurrentCode() {
        String title = "Hưng Yên và Thái Bình sau sáp nhập";
        List<ProvinceScore> scores = TAGGER.tag(title, "");
        assertEquals(List.of("33"), codes(scores));
        assertEquals(expected(6), scores.get(0).score(), EPSILON);
        assertEquals(List.of(new Span(Span.TITLE, 0, 8, "Hưng Yên"), new Span(Span.TITLE, 12, 21, "Thái Bình")), scores.get(0).mentions());
    }

    @Test
    void noPlaceNoScore() {
        assertEquals(List.of(), TAGGER.tag("", ""));
        assertEquals(List.of(), TAGGER.tag("Giá vàng hôm nay", "Giá vàng miếng tăng nhẹ.\n\nNgười mua vẫn đông."));
    }

    @Test
    void scoresStayBelowOneHoweverManyMentions() {
        String text = "Phú Quốc. ".repeat(500);
        ProvinceScore score = TAGGER.tag("Phú Quốc", text).get(0);
        assertEquals("91", score.code());
        assertTrue(score.score() > 0.99 && score.score() <= 1.0, "score " + score.score());
        assertEquals(501, score.mentions().size());
    }

    // ---- ambiguities at article level ----------------------------------------------------------

    @Test
    void peaceAndThePacificAreNotProvinces() {
        String title = "Hợp tác vì hòa bình ở Thái Bình Dương";
        String text = "Các nước cam kết giữ gìn hòa bình, ổn định ở khu vực châu Á - Thái Bình Dương.\n\n"
                + "Hội nghị diễn ra tại Hà Nội.";
        List<ProvinceScore> scores = TAGGER.tag(title, text);
        assertEquals(List.of("01"), codes(scores), "neither 25 (Hòa Bình) nor 33 (Thái Bình)");
        String province = "Tỉnh Hòa Bình tăng cường phòng chống sạt lở";
        assertEquals(List.of("25"), codes(TAGGER.tag(province, "")));
    }

    @Test
    void theCapitalAsTheGovernmentIsNotAboutTheCity() {
        String title = "Hanoi protests Chinese survey ship";
        String text = "Hanoi said the ship had entered its exclusive economic zone.\n\n"
                + "Talks between Beijing and Hanoi are due next month. The ship left Cam Ranh Bay waters on Friday.";
        List<ProvinceScore> scores = TAGGER.tag(title, text);
        assertEquals(List.of("56"), codes(scores), "only Cam Ranh (Khánh Hòa) is a place here");
        String court = "A court in Hanoi jailed the blogger for seven years.";
        assertEquals(List.of("01"), codes(TAGGER.tag("Blogger jailed", court)));
    }

    @Test
    void hoChiMinhThePersonIsNotTheCity() {
        String title = "Kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh";
        String text = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n\nĐoàn đến thăm quê Bác.";
        assertEquals(List.of(), TAGGER.tag(title, text));
        assertEquals(List.of("01"), codes(TAGGER.tag("Đoàn viếng Lăng Chủ tịch Hồ Chí Minh", "")), "the Mausoleum is in Hà Nội");
        assertEquals(List.of("79"), codes(TAGGER.tag("Giá nhà TP.HCM tăng", "")));
        assertEquals(List.of("79"), codes(TAGGER.tag("Ho Chi Minh City metro opens", "")));
    }

    @Test
    void islandsBelongToTheirProvinces() {
        String title = "Ngư dân Lý Sơn bám biển Hoàng Sa, Trường Sa";
        String text = "Tàu cá từ Phú Quốc và Côn Đảo cũng tham gia.\n\n中国称西沙、南沙为其领土。The Paracel and Spratly islands are disputed.";
        List<ProvinceScore> scores = TAGGER.tag(title, text);
        assertSpansExact(title, text, scores);
        assertEquals(List.of("51", "48", "56", "91", "79"), codes(scores));
        assertEquals(List.of("Hoàng Sa", "西沙", "Paracel"), province(scores, "48").orElseThrow().mentions().stream().map(Span::text).toList());
        assertEquals(List.of("Trường Sa", "南沙", "Spratly"), province(scores, "56").orElseThrow().mentions().stream().map(Span::text).toList());
    }

    // ---- randomized ----------------------------------------------------------------------------

    /** Ordinary words that are part of no place name (not "đường": "đường Trường Sa" is a street), never make the capital stand for the government and never make a mention passing. */
    private static final List<String> FILLER = List.of("người", "dân", "năm", "nay", "mưa", "lớn", "kéo", "dài", "nhiều", "ngày", "các",
            "cơ", "quan", "chức", "năng", "có", "mặt", "kịp", "thời", "hỗ", "trợ", "sản", "xuất", "giá", "lúa", "tăng", "trong", "khi",
            "hàng", "trăm", "hộ", "gia", "đình", "được", "nhận", "tiền", "sửa", "nhà", "sau", "bão", "học", "sinh", "trở", "lại", "trường",
            "sá", "sạt", "lở", "nặng", "nề", "ông", "bà", "nói", "rằng", "sẽ", "tiếp", "tục", "theo", "dõi");

    /** Names the tagger must find, with the code each stands for. */
    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        for (FormerProvince unit : Provinces.formerUnits()) {
            if (!unit.name().equals("Hồ Chí Minh")) {
                names.put(unit.name(), unit.mergedInto());
            }
        }
        names.putAll(Map.of("quần đảo Hoàng Sa", "48", "Trường Sa", "56", "Phú Quốc", "91", "Côn Đảo", "79", "Lý Sơn", "51",
                "TP.HCM", "79", "Sa Pa", "15", "Hội An", "48", "Đà Lạt", "68", "Nha Trang", "56"));
        return names;
    }

    /**
     * Random articles of ordinary words with place names inserted in the title, the lead and the
     * body: each province's score is 1 - exp(-(3 per title, 2 per lead, 1 per body mention) / 3),
     * and its mentions are the inserted names at their offsets, in order.
     */
    @Test
    void randomizedScoresFollowTheMentions() {
        Map<String, String> names = names();
        List<String> nameList = new ArrayList<>(names.keySet());
        Randomness.run("randomizedScoresFollowTheMentions", random -> {
            for (int iter = 0; iter < Randomness.iterations(200); iter++) {
                Map<String, Double> weights = new LinkedHashMap<>();
                Map<String, List<Span>> mentions = new LinkedHashMap<>();
                String title = field(random, nameList, names, Span.TITLE, 1 + random.nextInt(2), -1, weights, mentions);
                String text = field(random, nameList, names, Span.TEXT, 1 + random.nextInt(5), random.nextInt(3), weights, mentions);
                List<ProvinceScore> scores = TAGGER.tag(title, text);
                assertSpansExact(title, text, scores);
                Map<String, List<Span>> actualMentions = new LinkedHashMap<>();
                scores.forEach(s -> actualMentions.put(s.code(), s.mentions()));
                assertEquals(mentions, actualMentions, "title: " + title + "\ntext: " + text);
                for (ProvinceScore s : scores) {
                    assertEquals(expected(weights.get(s.code())), s.score(), EPSILON, "score of " + s.code() + " in " + title + " / " + text);
                }
            }
        });
    }

    /**
     * A field of {@code paragraphs} paragraphs of filler with names inserted; paragraph 0 is the lead.
     * {@code namesPerParagraph} &lt; 0 means 0-2 names per paragraph at random.
     */
    private static String field(Random random, List<String> nameList, Map<String, String> names, String fieldName, int paragraphs,
                                int namesPerParagraph, Map<String, Double> weights, Map<String, List<Span>> mentions) {
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                out.append("\n\n");
            }
            int count = namesPerParagraph < 0 ? random.nextInt(3) : namesPerParagraph;
            out.append(filler(random));
            for (int n = 0; n < count; n++) {
                out.append(separator(random));
                String name = nameList.get(random.nextInt(nameList.size()));
                String code = names.get(name);
                int start = out.length();
                out.append(name);
                double weight = fieldName.equals(Span.TITLE) ? 3 : p == 0 ? 2 : 1;
                weights.merge(code, weight, Double::sum);
                mentions.computeIfAbsent(code, c -> new ArrayList<>()).add(new Span(fieldName, start, out.length(), name));
                out.append(separator(random)).append(filler(random));
            }
            out.append('.');
        }
        return out.toString();
    }

    private static String filler(Random random) {
        StringBuilder out = new StringBuilder();
        int words = 1 + random.nextInt(6);
        for (int w = 0; w < words; w++) {
            out.append(w == 0 ? "" : " ").append(FILLER.get(random.nextInt(FILLER.size())));
        }
        return out.toString();
    }

    /** Separators as writers put them around names. */
    private static final List<String> SEPARATORS = List.of(" ", " ", " ", ", ", " (", ") ", " “", "” ", " - ", ": ");

    private static String separator(Random random) {
        return SEPARATORS.get(random.nextInt(SEPARATORS.size()));
    }
}
