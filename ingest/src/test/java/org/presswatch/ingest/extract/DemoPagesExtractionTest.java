package org.presswatch.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.demo.corpus.CorpusArticle;
import org.presswatch.demo.corpus.Outlet;
import org.presswatch.demo.corpus.ReleaseSchedule;
import org.presswatch.demo.pages.ArticlePage;
import org.presswatch.demo.pages.PageContext;

/**
 * Every article of the demo newsroom, rendered by its outlet's page template with the related
 * stories, most-read box, comments, ads, share bar and cookie notice around it, must extract to
 * exactly the article: its title, its lead and body paragraphs and nothing else, its publication
 * time, its canonical URL.
 */
class DemoPagesExtractionTest {
    /** Seconds are deliberate: pages that print them must keep them. */
    private static final Instant EPOCH = Instant.parse("2025-11-25T03:17:43Z");

    private static Corpus corpus;
    private static List<ReleaseSchedule.Release> releases;
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    @BeforeAll
    static void loadCorpus() {
        corpus = Corpus.load();
        ReleaseSchedule schedule = new ReleaseSchedule(corpus.articles(), EPOCH, 0.6, Duration.ofMinutes(17).plusSeconds(29));
        releases = schedule.all();
    }

    /** The page as the newsroom serves it: related stories from the same section, a most-read box from the rest. */
    private static String render(ReleaseSchedule.Release release) {
        CorpusArticle article = release.article();
        List<CorpusArticle> others = releases.stream().map(ReleaseSchedule.Release::article)
                .filter(a -> a.outlet() == article.outlet() && a != article).toList();
        List<CorpusArticle> related = others.stream().filter(a -> a.section().equals(article.section())).limit(4).toList();
        List<CorpusArticle> mostRead = others.stream().skip(others.isEmpty() ? 0 : Math.abs(article.slug().hashCode()) % others.size())
                .limit(5).toList();
        return ArticlePage.of(article.outlet().template()).render(new PageContext(article, published(release), related, mostRead));
    }

    private static ZonedDateTime published(ReleaseSchedule.Release release) {
        return release.at().truncatedTo(ChronoUnit.SECONDS).atZone(release.article().outlet().zone());
    }

    /** What the page states: the portal layout prints hours and minutes only ("Thứ Ba, 25/11/2025 - 14:30 (GMT+7)"). */
    private static Instant expectedPublished(ReleaseSchedule.Release release) {
        Instant at = published(release).toInstant();
        return release.article().outlet().template() == Outlet.Template.PORTAL ? at.truncatedTo(ChronoUnit.MINUTES) : at;
    }

    private static String expectedText(CorpusArticle a) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(a.lead());
        for (String p : a.body()) {
            paragraphs.add(p.startsWith("## ") ? p.substring(3) : p); // subheadings are rendered without the marker
        }
        return nfc(String.join("\n\n", paragraphs));
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    @Test
    void corpusCoversEveryTemplate() {
        assertTrue(corpus.articles().size() >= 200, "the demo corpus has about 228 articles, found " + corpus.articles().size());
        Set<Outlet.Template> templates = EnumSet.noneOf(Outlet.Template.class);
        corpus.outlets().forEach(o -> templates.add(o.template()));
        assertEquals(EnumSet.allOf(Outlet.Template.class), templates, "every page template is exercised");
        assertTrue(releases.stream().anyMatch(r -> r.at().getEpochSecond() % 60 != 0), "some publication times have seconds");
    }

    @TestFactory
    Stream<DynamicNode> everyCorpusArticleExtractsExactly() {
        Map<Outlet.Template, List<ReleaseSchedule.Release>> byTemplate = releases.stream()
                .collect(Collectors.groupingBy(r -> r.article().outlet().template(), () -> new java.util.EnumMap<>(Outlet.Template.class),
                        Collectors.toList()));
        return byTemplate.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey().name(),
                e.getValue().stream().map(r -> DynamicTest.dynamicTest(r.article().outlet().id() + "/" + r.article().slug(),
                        () -> checkArticle(r)))));
    }

    private static void checkArticle(ReleaseSchedule.Release release) throws IOException {
        CorpusArticle a = release.article();
        String html = render(release);
        URI fetchedFrom = URI.create(a.url() + "?utm_source=rss&utm_medium=feed");
        ExtractedArticle x = EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", fetchedFrom);
        String where = a.outlet().id() + "/" + a.slug() + " (" + a.outlet().template() + ")";
        assertAll(where,
                () -> assertEquals(nfc(a.title()), x.title(), "title"),
                () -> assertEquals(expectedText(a), x.text(), () -> "text of " + where + "\n" + diff(expectedText(a), x.text())),
                () -> assertEquals(expectedPublished(release), x.published(), "published"),
                () -> assertEquals(URI.create(a.url()), x.canonicalUrl(), "canonical URL"),
                () -> assertEquals(a.outlet().language(), x.language(), "language"),
                () -> assertEquals(nfc(a.author()), x.author(), "author"),
                () -> assertEquals(URI.create("http://" + a.outlet().domain() + "/images/" + a.slug() + ".jpg"), x.imageUrl(), "image"));
    }

    /** The first paragraph where two texts part, for a readable failure. */
    private static String diff(String expected, String actual) {
        String[] e = expected.split("\n\n");
        String[] g = actual.split("\n\n", -1);
        for (int i = 0; i < Math.max(e.length, g.length); i++) {
            String ei = i < e.length ? e[i] : "<none>";
            String gi = i < g.length ? g[i] : "<none>";
            if (!ei.equals(gi)) {
                return "paragraph " + i + " differs:\n  expected: " + ei + "\n  actual:   " + gi
                        + "\n  (expected " + e.length + " paragraphs, got " + g.length + ")";
            }
        }
        return "same paragraphs";
    }

    @Test
    void boilerplateAroundTheArticleNeverLeaks() throws IOException {
        // A stronger, aggregate view of the same pages: titles of other stories (related, most read) and the
        // comment, ad and cookie texts must not appear in any extracted text.
        List<String> leaks = new ArrayList<>();
        for (ReleaseSchedule.Release r : releases) {
            CorpusArticle a = r.article();
            String text = EXTRACTOR.extract(render(r), URI.create(a.url())).text();
            for (String marker : List.of("Quảng cáo", "Advertisement", "Publicité", "广告", "Ý kiến bạn đọc", "cookie", "Cookie",
                    "Facebook", "Zalo", "Reply", "Tin liên quan", "Related stories", "Đọc nhiều", "Most read", "presswatch")) {
                if (text.contains(marker) && !a.text().contains(marker) && !a.title().contains(marker)) {
                    leaks.add(a.outlet().id() + "/" + a.slug() + ": '" + marker + "'");
                }
            }
        }
        assertEquals(List.of(), leaks, "boilerplate found in extracted text");
    }
}
