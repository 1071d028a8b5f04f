package org.presswatch.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.presswatch.core.testing.Randomness;

/** The fast detector against OpenNLP's own {@link LanguageDetectorME}: the same language, the same probability. */
class CharGramDetectorTest {
    private static final LanguageDetectorModel MODEL = load();
    private static final CharGramDetector FAST = new CharGramDetector(MODEL);
    private static final LanguageDetectorME OPENNLP = new LanguageDetectorME(MODEL);

    private static LanguageDetectorModel load() {
        try (InputStream in = CharGramDetectorTest.class.getResourceAsStream("/langdetect-183.bin")) {
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertSameAnswer(String text) {
        Language expected = OPENNLP.predictLanguage(text);
        Language actual = FAST.best(text);
        assertEquals(expected.getLang(), actual.getLang(), text);
        assertEquals(expected.getConfidence(), actual.getConfidence(), 1e-9, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", "ab", "abc", "Đ", "😀", "😀😀", "İstanbul", "ǅ", "ﬁ", "1234567", "https://example.com/x"})
    void answersAsOpenNlpOnEdgeCases(String text) {
        assertSameAnswer(text);
    }

    @Test
    void answersAsOpenNlpOnRandomTexts() {
        Randomness.run("answersAsOpenNlpOnRandomTexts", random -> {
            for (int i = 0; i < Randomness.iterations(300); i++) {
                assertSameAnswer(LanguageModelTextTest.randomText(random, 200));
            }
        });
    }

    @Test
    void givesEachGramItsOwnCode() {
        List<String> grams = List.of("a", "aa", "aaa", "\0", "\0\0", "\0\0\0", "\0a", "a\0", "\uFFFF", "\uFFFF\uFFFF\uFFFF");
        assertEquals(grams.size(), grams.stream().mapToLong(CharGramDetector::code).distinct().count());
        assertTrue(grams.stream().mapToLong(CharGramDetector::code).allMatch(code -> code != 0), "0 marks an empty slot");
    }

    /** Real articles (WCXB's English pages, the VNTC sample's Vietnamese news), read in place from the shared corpora. */
    @Test
    void answersAsOpenNlpOnRealArticles() throws IOException {
        String corpora = System.getProperty("presswatch.corpora");
        Path truth = corpora == null ? null : Path.of(corpora, "wcxb-dev-articles", "ground-truth");
        Path vntc = corpora == null ? null : Path.of(corpora, "vntc-sample.jsonl");
        assumeTrue(truth != null && Files.isDirectory(truth) && Files.isRegularFile(vntc), "real articles not compared: "
                + "wcxb-dev-articles/ground-truth or vntc-sample.jsonl was not found under the folder named by system property "
                + "presswatch.corpora (" + corpora + ")");
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(truth)) {
            for (Path file : files.sorted().toList()) {
                JsonNode page = json.readTree(file.toFile()).path("ground_truth");
                texts.add(LanguageIdentifier.sample(page.path("title").asText(""), page.path("main_content").asText("")));
            }
        }
        try (Stream<String> lines = Files.lines(vntc)) {
            for (String line : lines.limit(1000).toList()) {
                texts.add(LanguageIdentifier.sample("", json.readTree(line).path("text").asText("")));
            }
        }
        texts.forEach(CharGramDetectorTest::assertSameAnswer);
        Map<String, Long> languages = texts.stream().collect(Collectors.groupingBy(t -> FAST.best(t).getLang(), TreeMap::new,
                Collectors.counting()));
        System.out.println("the same language and probability as OpenNLP for " + texts.size() + " articles: " + languages);
        assertTrue(texts.size() == 1793 && languages.size() >= 2, texts.size() + " articles: " + languages);
    }
}
