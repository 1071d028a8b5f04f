package org.presswatch.demo.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.presswatch.core.model.Province;
import org.presswatch.core.model.Provinces;
import org.presswatch.core.model.Topic;
import org.presswatch.core.model.Topics;

/** The product requirements on the demo corpus, one assertion each. */
@Timeout(30)
class CorpusTest {
    private static final List<String> MISSION_TOPICS = List.of("sovereignty", "ethnicity", "religion", "human_rights");
    private static final List<String> SOUTH_CHINA_SEA = List.of("Biển Đông", "South China Sea", "East Sea", "mer de Chine", "南海");
    /** Letters only Vietnamese uses among the corpus languages, precomposed (NFC). */
    private static final Pattern VIETNAMESE_LETTER = Pattern.compile(
            "[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                    + "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]");

    private static Corpus corpus;

    @BeforeAll
    static void load() {
        corpus = Corpus.load();
    }

    private static long outlets(Predicate<Outlet> which) {
        return corpus.outlets().stream().filter(which).count();
    }

    /** The regular articles and the spike pack: what the checks of form apply to. */
    private static List<CorpusArticle> everyArticle() {
        return Stream.concat(corpus.articles().stream(), corpus.spike().stream()).toList();
    }

    private static long articles(Predicate<CorpusArticle> which) {
        return corpus.articles().stream().filter(which).count();
    }

    private static String ids(Stream<Outlet> outlets) {
        return outlets.map(Outlet::id).collect(Collectors.joining(", "));
    }

    @Test
    void hasAtLeastTwelveOutlets() {
        assertTrue(corpus.outlets().size() >= 12, "at least 12 outlets required, found " + corpus.outlets().size());
    }

    @Test
    void hasAtLeastSixVietnameseLanguageOutlets() {
        long vi = outlets(o -> o.language().equals("vi"));
        assertTrue(vi >= 6, "at least 6 Vietnamese-language outlets required, found " + vi + ": "
                + ids(corpus.outlets().stream().filter(o -> o.language().equals("vi"))));
    }

    @Test
    void hasAtLeastFourForeignEnglishLanguageOutlets() {
        long foreignEnglish = outlets(o -> o.language().equals("en") && !o.country().equals("VN"));
        assertTrue(foreignEnglish >= 4, "at least 4 English-language outlets from outside Vietnam required, found " + foreignEnglish
                + ": " + ids(corpus.outlets().stream().filter(o -> o.language().equals("en") && !o.country().equals("VN"))));
    }

    @Test
    void hasAFrenchAndAChineseOutlet() {
        assertTrue(outlets(o -> o.language().equals("fr")) >= 1, "at least one French-language outlet required");
        assertTrue(outlets(o -> o.language().equals("zh")) >= 1, "at least one Chinese-language outlet required");
    }

    @Test
    void usesAllThreeFeedFormats() {
        Set<Outlet.FeedFormat> used = corpus.outlets().stream().map(Outlet::feed)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Outlet.FeedFormat.class)));
        assertEquals(EnumSet.allOf(Outlet.FeedFormat.class), used, "every feed format should be used by at least one outlet");
    }

    @Test
    void usesAllFourPageTemplates() {
        Set<Outlet.Template> used = corpus.outlets().stream().map(Outlet::template)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Outlet.Template.class)));
        assertEquals(EnumSet.allOf(Outlet.Template.class), used, "every page template should be used by at least one outlet");
    }

    @Test
    void hasAtLeastTwoHundredArticles() {
        assertTrue(corpus.articles().size() >= 200, "at least 200 articles required, found " + corpus.articles().size());
    }

    @Test
    void everyOutletHasArticles() {
        for (Outlet o : corpus.outlets()) {
            assertTrue(articles(a -> a.outlet() == o) > 0, "outlet " + o.id() + " has no articles");
        }
    }

    @Test
    void outletIdsAndDomainsAreUniqueAndDomainsAreReserved() {
        Set<String> ids = new HashSet<>();
        Set<String> domains = new HashSet<>();
        for (Outlet o : corpus.outlets()) {
            assertTrue(ids.add(o.id()), "outlet id " + o.id() + " is used twice");
            assertTrue(domains.add(o.domain()), "domain " + o.domain() + " is used twice");
            assertTrue(o.domain().endsWith(".example"), "domain " + o.domain() + " of " + o.id() + " is not under the reserved .example");
            assertTrue(o.reliability() >= 1 && o.reliability() <= 3, "reliability of " + o.id() + " must be 1..3, is " + o.reliability());
            o.provinces().forEach(code -> assertTrue(Provinces.byCode(code).isPresent(),
                    "outlet " + o.id() + " covers unknown province code " + code));
        }
    }

    @Test
    void everyProvinceOf2025IsLabelledOnAtLeastOneArticle() {
        List<Province> all = Provinces.all();
        assertEquals(34, all.size(), "the registry should hold the 34 units of 2025");
        Set<String> labelled = corpus.articles().stream().flatMap(a -> a.provinces().stream()).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (Province p : all) {
            if (!labelled.contains(p.code())) {
                missing.add(p.code() + " " + p.name());
            }
        }
        assertTrue(missing.isEmpty(), "provinces labelled on no article: " + missing);
    }

    @Test
    void everyProvinceAndTopicLabelIsKnown() {
        for (CorpusArticle a : everyArticle()) {
            a.provinces().forEach(code -> assertTrue(Provinces.byCode(code).isPresent(), id(a) + " has unknown province " + code));
            a.topics().forEach(t -> assertTrue(Topics.byId(t).isPresent(), id(a) + " has unknown topic " + t));
            assertEquals(new LinkedHashSet<>(a.provinces()).size(), a.provinces().size(), id(a) + " lists a province twice");
            assertEquals(new LinkedHashSet<>(a.topics()).size(), a.topics().size(), id(a) + " lists a topic twice");
        }
    }

    @Test
    void theMissionTopicsAreTheFourExpected() {
        Set<String> mission = Topics.all().stream().filter(Topic::mission).map(Topic::id).collect(Collectors.toSet());
        assertEquals(Set.copyOf(MISSION_TOPICS), mission, "the taxonomy's mission topics changed; update this test and the corpus");
    }

    @Test
    void eachMissionTopicIsLabelledOnAtLeastTenArticles() {
        Map<String, Long> counts = new TreeMap<>();
        for (String topic : MISSION_TOPICS) {
            counts.put(topic, articles(a -> a.topics().contains(topic)));
        }
        for (String topic : MISSION_TOPICS) {
            assertTrue(counts.get(topic) >= 10, "topic " + topic + " should label at least 10 articles, labels " + counts.get(topic)
                    + " (all counts: " + counts + ")");
        }
    }

    @Test
    void hasAtLeastFortyOrdinaryArticles() {
        long ordinary = articles(a -> a.topics().stream().noneMatch(t -> Topics.require(t).mission()));
        assertTrue(ordinary >= 40, "at least 40 ordinary articles (no mission topic) required, found " + ordinary);
    }

    @Test
    void slugsAreUniquePerOutlet() {
        Map<String, Set<String>> seen = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (CorpusArticle a : everyArticle()) {
            if (!seen.computeIfAbsent(a.outlet().id(), k -> new HashSet<>()).add(a.slug())) {
                duplicates.add(id(a));
            }
        }
        assertTrue(duplicates.isEmpty(), "slugs used twice in one outlet: " + duplicates);
    }

    @Test
    void articleUrlsAreUniqueAndOnTheOutletsDomain() {
        Set<String> urls = new HashSet<>();
        for (CorpusArticle a : everyArticle()) {
            assertTrue(urls.add(a.url()), "URL " + a.url() + " belongs to two articles");
            assertEquals("http://" + a.outlet().domain() + "/" + a.section() + "/" + a.slug() + ".html", a.url(),
                    "URL of " + id(a));
        }
    }

    @Test
    void everyArticlesSectionExistsInItsOutlet() {
        for (CorpusArticle a : everyArticle()) {
            assertTrue(a.outlet().sections().stream().anyMatch(s -> s.slug().equals(a.section())),
                    id(a) + " is in section '" + a.section() + "', which outlet " + a.outlet().id() + " does not have");
        }
    }

    @Test
    void articlesBelongToTheLoadedOutlets() {
        for (CorpusArticle a : everyArticle()) {
            assertSame(corpus.outlets().stream().filter(o -> o.id().equals(a.outlet().id())).findFirst().orElseThrow(), a.outlet(),
                    id(a) + " should reference the outlet instance of the corpus");
        }
    }

    @Test
    void everyArticleHasABodyWithoutBlankParagraphs() {
        for (CorpusArticle a : everyArticle()) {
            assertFalse(a.body().isEmpty(), id(a) + " has no body paragraphs");
            for (String p : a.body()) {
                assertFalse(p.isBlank(), id(a) + " has a blank body paragraph");
                assertEquals(p.strip(), p, id(a) + " has a paragraph with leading or trailing white space");
            }
            assertTrue(a.text().startsWith(a.lead()), id(a) + ": text() should start with the lead");
            assertTrue(a.text().endsWith(a.body().get(a.body().size() - 1)), id(a) + ": text() should end with the last paragraph");
        }
    }

    @Test
    void theSouthChinaSeaIsNamedInArticlesOfAtLeastTenOutlets() {
        Set<String> outlets = new TreeSet<>();
        for (CorpusArticle a : corpus.articles()) {
            String text = (a.title() + "\n" + a.text()).toLowerCase(Locale.ROOT);
            if (SOUTH_CHINA_SEA.stream().anyMatch(term -> text.contains(term.toLowerCase(Locale.ROOT)))) {
                outlets.add(a.outlet().id());
            }
        }
        assertTrue(outlets.size() >= 10, "articles of at least 10 outlets should name the sea (" + SOUTH_CHINA_SEA + "), only "
                + outlets.size() + " do: " + outlets);
    }

    @Test
    void allCorpusTextIsUnicodeNfc() {
        List<String> offending = new ArrayList<>();
        for (Outlet o : corpus.outlets()) {
            Stream.concat(Stream.of(o.name()), o.sections().stream().map(Outlet.Section::name))
                    .filter(s -> !Normalizer.isNormalized(s, Normalizer.Form.NFC)).forEach(s -> offending.add(o.id() + ": " + s));
        }
        for (CorpusArticle a : everyArticle()) {
            Stream.concat(Stream.of(a.title(), a.lead(), a.author()), a.body().stream())
                    .filter(s -> !Normalizer.isNormalized(s, Normalizer.Form.NFC))
                    .forEach(s -> offending.add(id(a) + ": " + s.substring(0, Math.min(60, s.length()))));
        }
        assertTrue(offending.isEmpty(), "text not in NFC: " + offending);
    }

    @Test
    void corpusFilesAreValidUtf8InNfc() throws IOException {
        List<String> names = new ArrayList<>();
        names.add("outlets.yaml");
        corpus.outlets().forEach(o -> names.add(o.id() + ".yaml"));
        names.add(Corpus.SPIKE_FILE);
        for (String name : names) {
            byte[] bytes;
            try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + name)) {
                assertNotNull(in, "/corpus/" + name + " is missing");
                bytes = in.readAllBytes();
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                fail("/corpus/" + name + " is not valid UTF-8: " + e);
                return;
            }
            assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "/corpus/" + name + " is not in NFC");
            assertFalse(text.startsWith("\uFEFF"), "/corpus/" + name + " starts with a byte order mark");
        }
    }

    @Test
    void vietnameseArticlesCarryDiacritics() {
        List<String> offending = new ArrayList<>();
        for (CorpusArticle a : everyArticle()) {
            if (!a.outlet().language().equals("vi")) {
                continue;
            }
            if (!VIETNAMESE_LETTER.matcher(a.title()).find()) {
                offending.add(id(a) + " title without diacritics: " + a.title());
            }
            for (String part : Stream.concat(Stream.of(a.lead()), a.body().stream()).toList()) {
                double share = shareOfWordsWithDiacritics(part);
                if (share < 0.3) {
                    offending.add(String.format("%s: only %.0f%% of the words carry diacritics in: %s", id(a), share * 100,
                            part.substring(0, Math.min(80, part.length()))));
                }
            }
        }
        assertTrue(offending.isEmpty(), "Vietnamese text that looks stripped of its diacritics:\n" + String.join("\n", offending));
    }

    @Test
    void vietnameseOutletNamesAndSectionsCarryDiacritics() {
        for (Outlet o : corpus.outlets()) {
            if (o.language().equals("vi")) {
                assertTrue(VIETNAMESE_LETTER.matcher(o.name()).find(), "name of " + o.id() + " has no diacritics: " + o.name());
                assertTrue(o.sections().stream().anyMatch(s -> VIETNAMESE_LETTER.matcher(s.name()).find()),
                        "no section name of " + o.id() + " has diacritics");
            }
        }
    }

    private static double shareOfWordsWithDiacritics(String text) {
        List<String> words = Stream.of(text.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
        if (words.size() < 5) {
            return 1.0;
        }
        return (double) words.stream().filter(w -> VIETNAMESE_LETTER.matcher(w).find()).count() / words.size();
    }

    @Test
    void loadingTwiceGivesEqualCorpora() {
        Corpus again = Corpus.load();
        assertEquals(corpus.outlets(), again.outlets(), "outlets should load the same every time");
        assertEquals(corpus.articles(), again.articles(), "articles should load the same, in the same order, every time");
        assertEquals(corpus.spike(), again.spike(), "the spike pack should load the same, in the same order, every time");
    }

    // ---- the spike pack --------------------------------------------------------------------

    @Test
    void theSpikePackHasEightArticlesOfEightDomesticVietnameseLanguageOutlets() {
        assertEquals(8, corpus.spike().size(), "the spike pack should hold 8 articles");
        Set<String> outlets = new TreeSet<>();
        for (CorpusArticle a : corpus.spike()) {
            assertTrue(outlets.add(a.outlet().id()), "the spike pack has two articles of " + a.outlet().id());
            assertEquals("vi", a.outlet().language(), id(a) + " should be from a Vietnamese-language outlet");
            assertEquals("VN", a.outlet().country(), id(a) + " should be from a domestic outlet");
        }
    }

    @Test
    void theSpikeIsOneProvinceAndOneTopic() {
        assertEquals("Lạng Sơn", Provinces.require("20").name(), "the spike's province code");
        for (CorpusArticle a : corpus.spike()) {
            assertEquals(List.of("20"), a.provinces(), id(a) + " should be labelled Lạng Sơn alone");
            assertEquals(List.of("border"), a.topics(), id(a) + " should be labelled border alone");
            assertTrue(a.title().contains("Lạng Sơn"), id(a) + " should name Lạng Sơn in its title: " + a.title());
        }
    }

    @Test
    void theSpikeArticlesAreNewsOfOrdinaryLength() {
        for (CorpusArticle a : corpus.spike()) {
            assertTrue(a.body().size() >= 4 && a.body().size() <= 6, id(a) + " should have 4 to 6 paragraphs, has " + a.body().size());
            long words = Stream.of(a.text().split("\\s+")).filter(w -> !w.isEmpty()).count();
            assertTrue(words >= 250 && words <= 400, id(a) + " should have 250 to 400 words, has " + words);
        }
    }

    @Test
    void theSpikePackIsKeptApartFromTheRegularArticles() {
        Set<String> regular = corpus.articles().stream().map(CorpusArticle::url).collect(Collectors.toSet());
        for (CorpusArticle a : corpus.spike()) {
            assertFalse(regular.contains(a.url()), id(a) + " is also a regular article");
        }
        assertEquals(corpus.spike().size(), corpus.spike().stream().map(CorpusArticle::title).distinct().count(),
                "the spike articles should have distinct titles");
    }

    private static String id(CorpusArticle a) {
        return a.outlet().id() + "/" + a.slug();
    }
}
