package org.presswatch.index.lucene;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.presswatch.core.index.SearchHit;
import org.presswatch.core.index.SearchPage;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.core.model.ArticleAnalysis;
import org.presswatch.core.model.Evidence;
import org.presswatch.core.model.ProvinceScore;
import org.presswatch.core.model.Risk;
import org.presswatch.core.model.Span;
import org.presswatch.core.model.TopicScore;

/** Builders and small helpers shared by the index tests. */
final class TestArticles {
    /** Long enough that the background refresher never runs during a test that wants to control visibility. */
    static final Duration NEVER = Duration.ofHours(1);
    static final Instant BASE = Instant.parse("2025-07-01T08:00:00Z");

    private TestArticles() {}

    static Builder article(String slug) {
        return new Builder(slug);
    }

    /** An index whose readers only move when the test calls {@link LuceneArticleIndex#refresh()}. */
    static LuceneArticleIndex open(Path dir) throws IOException {
        return new LuceneArticleIndex(dir, NEVER);
    }

    /** Upserts the articles and makes them visible to searches. */
    static void load(LuceneArticleIndex index, AnalyzedArticle... articles) throws IOException {
        for (AnalyzedArticle a : articles) {
            index.upsert(a);
        }
        index.refresh();
    }

    /** The titles of a page's hits, in rank order. */
    static List<String> titles(SearchPage page) {
        List<String> titles = new ArrayList<>();
        for (SearchHit hit : page.hits()) {
            titles.add(hit.article().article().title());
        }
        return titles;
    }

    /** The titles of a page's hits, as a sorted set, for order-independent comparisons. */
    static Set<String> titleSet(SearchPage page) {
        return new TreeSet<>(titles(page));
    }

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

    /** Decodes the entities an HTML snippet may contain back into the characters they stand for. */
    static String unescapeHtml(String html) {
        Matcher m = NUMERIC_ENTITY.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String code = m.group(1);
            int cp = code.startsWith("x") ? Integer.parseInt(code.substring(1), 16) : Integer.parseInt(code);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(cp))));
        }
        m.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    /** The snippet's text with the highlight tags removed and the entities decoded. */
    static String plain(String snippet) {
        return unescapeHtml(snippet.replace("<mark>", "").replace("</mark>", ""));
    }

    /** The decoded texts inside the snippet's {@code <mark>} tags. */
    static List<String> marked(String snippet) {
        List<String> marks = new ArrayList<>();
        Matcher m = Pattern.compile("<mark>(.*?)</mark>").matcher(snippet);
        while (m.find()) {
            marks.add(unescapeHtml(m.group(1)));
        }
        return marks;
    }

    static final class Builder {
        private final String slug;
        private String sourceId = "baobiendao";
        private URI url;
        private URI canonical;
        private String title;
        private String text = "";
        private String language = "vi";
        private Instant published = BASE;
        private Instant fetched = BASE.plusSeconds(60);
        private final List<ProvinceScore> provinces = new ArrayList<>();
        private final List<TopicScore> topics = new ArrayList<>();
        private double risk;

        private Builder(String slug) {
            this.slug = slug;
            this.title = slug;
            this.canonical = URI.create("https://news.example/" + slug + ".html");
            this.url = URI.create("https://news.example/" + slug + ".html?utm_source=rss");
        }

        Builder title(String value) {
            title = value;
            return this;
        }

        Builder text(String value) {
            text = value;
            return this;
        }

        Builder source(String value) {
            sourceId = value;
            return this;
        }

        Builder language(String value) {
            language = value;
            return this;
        }

        Builder url(String value) {
            url = URI.create(value);
            return this;
        }

        Builder canonical(String value) {
            canonical = URI.create(value);
            return this;
        }

        Builder published(Instant value) {
            published = value;
            return this;
        }

        Builder fetched(Instant value) {
            fetched = value;
            return this;
        }

        Builder province(String code, double score) {
            provinces.add(new ProvinceScore(code, score, List.of()));
            return this;
        }

        Builder topic(String id, double score) {
            topics.add(new TopicScore(id, score, score == 0.0 ? List.of()
                    : List.of(new Evidence(id + "/test", score * 2, List.of()))));
            return this;
        }

        Builder province(ProvinceScore score) {
            provinces.add(score);
            return this;
        }

        Builder topic(TopicScore score) {
            topics.add(score);
            return this;
        }

        Builder risk(double value) {
            risk = value;
            return this;
        }

        AnalyzedArticle build() {
            Article article = Article.of(sourceId, url, canonical, title, text, language, published, fetched);
            Risk r = risk == 0 ? Risk.NONE : new Risk(risk, List.of(new Risk.Factor("topic", risk, 1, risk)));
            return new AnalyzedArticle(article, new ArticleAnalysis(language, provinces, topics, 0, 0, r));
        }

        static Span span(String field, String in, String what) {
            int start = in.indexOf(what);
            if (start < 0) {
                throw new IllegalArgumentException("'" + what + "' is not in '" + in + "'");
            }
            return new Span(field, start, start + what.length(), what);
        }
    }
}
