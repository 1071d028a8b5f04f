package org.presswatch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.presswatch.analysis.duplicates.SimHash;
import org.presswatch.analysis.gazetteer.Gazetteer;
import org.presswatch.analysis.gazetteer.ProvinceTagger;
import org.presswatch.analysis.risk.RiskScorer;
import org.presswatch.analysis.text.ArticleText;
import org.presswatch.analysis.tone.ToneScorer;
import org.presswatch.analysis.topic.TopicScorer;
import org.presswatch.core.config.PresswatchConfig.RiskWeights;
import org.presswatch.core.model.Article;
import org.presswatch.core.model.ArticleAnalysis;
import org.presswatch.core.model.Evidence;
import org.presswatch.core.model.ProvinceScore;
import org.presswatch.core.model.Span;
import org.presswatch.core.model.TopicScore;
import org.presswatch.core.testing.Randomness;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.demo.corpus.CorpusArticle;

class ArticleAnalyzerTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();
    private static final ToneScorer TONE = ToneScorer.load();
    private static final RiskScorer RISK = new RiskScorer(RiskWeights.DEFAULTS);
    private static final ProvinceTagger TAGGER = new ProvinceTagger(Gazetteer.load());
    private static final TopicScorer SCORER = TopicScorer.load();

    private static void assertSpanExact(String title, String text, Span span, String what) {
        String field = span.field().equals(Span.TITLE) ? title : text;
        assertTrue(span.end() <= field.length(), what + ": span " + span + " runs past its field");
        assertEquals(span.text(), field.substring(span.start(), span.end()), what + ": span " + span);
    }

    /** Sorted lists, exact spans, and the same provinces and topics as the components give. */
    private static void assertConsistent(String title, String text, ArticleAnalysis analysis) {
        for (int i = 1; i < analysis.provinces().size(); i++) {
            assertTrue(analysis.provinces().get(i - 1).score() >= analysis.provinces().get(i).score(), "provinces not sorted: " + analysis.provinces());
        }
        for (int i = 1; i < analysis.topics().size(); i++) {
            assertTrue(analysis.topics().get(i - 1).score() >= analysis.topics().get(i).score(), "topics not sorted: " + analysis.topics());
        }
        for (ProvinceScore p : analysis.provinces()) {
            p.mentions().forEach(span -> assertSpanExact(title, text, span, "province " + p.code()));
        }
        for (TopicScore t : analysis.topics()) {
            for (Evidence e : t.evidence()) {
                e.spans().forEach(span -> assertSpanExact(title, text, span, e.rule()));
            }
        }
        List<ProvinceScore> provinces = TAGGER.tag(title, text);
        List<TopicScore> topics = SCORER.score(title, text);
        double tone = TONE.score(title, text);
        assertEquals(new ArticleAnalysis(analysis.language(), provinces, topics, tone, SimHash.fingerprint(ArticleText.of(title, text)),
                RISK.score(topics, provinces, tone, null, 0)), analysis, "the analyzer must give what its components give");
    }

    @Test
    void analyzesAVietnameseArticle() {
        String title = "Tàu hải cảnh Trung Quốc dùng vòi rồng tấn công tàu cá Quảng Ngãi gần Hoàng Sa";
        String text = "Tàu cá của ngư dân Lý Sơn bị áp sát khi đang khai thác ở ngư trường truyền thống.\n\n"
                + "Bộ Ngoại giao đã trao công hàm phản đối.";
        ArticleAnalysis analysis = ANALYZER.analyze(title, text, null);
        assertConsistent(title, text, analysis);
        assertEquals("vi", analysis.language());
        assertEquals("51", analysis.provinces().get(0).code(), "Quảng Ngãi in the title and Lý Sơn in the lead: " + analysis.provinces());
        assertEquals(List.of("51", "48"), analysis.provinces().stream().map(ProvinceScore::code).toList());
        assertEquals("sovereignty", analysis.topics().get(0).topic(), analysis.topics().toString());
        assertTrue(analysis.topic("sovereignty").orElseThrow().score() >= TopicScorer.LISTING_THRESHOLD);
    }

    @Test
    void usesTheDeclaredLanguageOnlyWhenTheTextSaysTooLittle() {
        assertEquals("en", ANALYZER.analyze("Hanoi", "", "en").language());
        assertEquals("und", ANALYZER.analyze("2025", "", null).language());
        ArticleAnalysis analysis = ANALYZER.analyze("Ngư dân Lý Sơn được hỗ trợ sửa tàu sau bão", "", "en");
        assertEquals("vi", analysis.language(), "Vietnamese letters outweigh a wrong declaration");
    }

    @Test
    void analyzesAnArticleRecord() {
        Article declared = Article.of("demo", URI.create("http://example.org/a"), null, "Ha Long Bay draws record visitors",
                "Quang Ninh welcomed more tourists this year.", "en", null, Instant.EPOCH);
        ArticleAnalysis analysis = ANALYZER.analyze(declared);
        assertEquals("en", analysis.language());
        assertEquals("22", analysis.provinces().get(0).code());
        Article undetermined = declared.withLanguage(Article.UNDETERMINED_LANGUAGE);
        assertEquals(ANALYZER.analyze(declared.title(), declared.text(), null), ANALYZER.analyze(undetermined),
                "'und' is no declaration");
    }

    /** The analyzer is shared by all threads of a JVM: concurrent results equal sequential ones. */
    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<CorpusArticle> articles = Corpus.load().articles();
        List<ArticleAnalysis> sequential = new ArrayList<>();
        for (CorpusArticle a : articles) {
            sequential.add(ANALYZER.analyze(a.title(), a.text(), null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ArticleAnalysis>> concurrent = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (CorpusArticle a : articles) {
                    concurrent.add(pool.submit(() -> ANALYZER.analyze(a.title(), a.text(), null)));
                }
            }
            for (int i = 0; i < concurrent.size(); i++) {
                assertEquals(sequential.get(i % articles.size()), concurrent.get(i).get(), articles.get(i % articles.size()).slug());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Random articles stitched from the corpus (a title of one, paragraphs of others, in any order
     * and language mix): the analysis is sorted, deterministic, its spans exact, and equal to what
     * the components give.
     */
    @Test
    void randomizedStitchedArticlesGiveConsistentAnalyses() {
        List<CorpusArticle> articles = Corpus.load().articles();
        Randomness.run("randomizedStitchedArticlesGiveConsistentAnalyses", random -> {
            for (int iter = 0; iter < Randomness.iterations(100); iter++) {
                String title = articles.get(random.nextInt(articles.size())).title();
                List<String> paragraphs = new ArrayList<>();
                int n = random.nextInt(6);
                for (int p = 0; p < n; p++) {
                    CorpusArticle a = articles.get(random.nextInt(articles.size()));
                    List<String> all = new ArrayList<>(a.body());
                    all.add(a.lead());
                    paragraphs.add(all.get(random.nextInt(all.size())));
                }
                String text = String.join(random.nextBoolean() ? "\n\n" : " ", paragraphs);
                String declared = List.of("vi", "en", "fr", "zh").get(random.nextInt(4));
                ArticleAnalysis analysis = ANALYZER.analyze(title, text, random.nextBoolean() ? declared : null);
                assertConsistent(title, text, analysis);
                assertEquals(analysis, ANALYZER.analyze(title, text, analysis.language()), "analysing again gives the same result");
            }
        });
    }
}
