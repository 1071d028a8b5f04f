package org.presswatch.index;

import java.net.URI;
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
public final class TestArticles {
    public static final Instant BASE = Instant.parse("2025-07-01T08:00:00Z");

    private TestArticles() {}

    /** The analysis's thresholds (ProvinceTagger, TopicScorer), which the index does not know. */
    static final double PROVINCE_LISTED_FROM = 0.3;
    static final double TOPIC_LISTED_FROM = 0.5;

    public static Builder article(String slug) {
        return new Builder(slug);
    }

    /** The titles of a page's hits, in rank order. */
    public static List<String> titles(SearchPage page) {
        List<String> titles = new ArrayList<>();
        for (SearchHit hit : page.hits()) {
            titles.add(hit.article().article().title());
        }
        return titles;
    }

    /** The titles of a page's hits, as a sorted set, for order-independent comparisons. */
    public static Set<String> titleSet(SearchPage page) {
        return new TreeSet<>(titles(page));
    }

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

    /** Decodes the entities an HTML snippet may contain back into the characters they stand for. */
    public static String unescapeHtml(String html) {
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
    public static String plain(String snippet) {
        return unescapeHtml(snippet.replace("<mark>", "").replace("</mark>", ""));
    }

    /** The decoded texts inside the snippet's {@code <mark>} tags. */
    public static List<String> marked(String snippet) {
        List<String> marks = new ArrayList<>();
        Matcher m = Pattern.compile("<mark>(.*?)</mark>").matcher(snippet);
        while (m.find()) {
            marks.add(unescapeHtml(m.group(1)));
        }
        return marks;
    }

    public static final class Builder {
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

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder text(String value) {
            text = value;
            return this;
        }

        public Builder source(String value) {
            sourceId = value;
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        public Builder url(String value) {
            url = URI.create(value);
            return this;
        }

        public Builder canonical(String value) {
            canonical = URI.create(value);
            return this;
        }

        public Builder published(Instant value) {
            published = value;
            return this;
        }

        public Builder fetched(Instant value) {
            fetched = value;
            return this;
        }

        /** A province listed as the analysis lists them, from a score of {@value #PROVINCE_LISTED_FROM}. */
        public Builder province(String code, double score) {
            return province(code, score, score >= PROVINCE_LISTED_FROM);
        }

        public Builder province(String code, double score, boolean listed) {
            provinces.add(new ProvinceScore(code, score, listed, List.of()));
            return this;
        }

        /** A topic listed as the analysis lists them, from a score of {@value #TOPIC_LISTED_FROM}. */
        public Builder topic(String id, double score) {
            return topic(id, score, score >= TOPIC_LISTED_FROM);
        }

        public Builder topic(String id, double score, boolean listed) {
            topics.add(new TopicScore(id, score, listed, score == 0.0 ? List.of()
                    : List.of(new Evidence(id + "/test", score * 2, List.of()))));
            return this;
        }

        public Builder province(ProvinceScore score) {
            provinces.add(score);
            return this;
        }

        public Builder topic(TopicScore score) {
            topics.add(score);
            return this;
        }

        public Builder risk(double value) {
            risk = value;
            return this;
        }

        public AnalyzedArticle build() {
            Article article = Article.of(sourceId, url, canonical, title, text, language, published, fetched);
            Risk r = risk == 0 ? Risk.NONE : new Risk(risk, List.of(new Risk.Factor("topic", risk, 1, risk)));
            return new AnalyzedArticle(article, new ArticleAnalysis(language, provinces, topics, 0, 0, r));
        }

        public static Span span(String field, String in, String what) {
            int start = in.indexOf(what);
            if (start < 0) {
                throw new IllegalArgumentException("'" + what + "' is not in '" + in + "'");
            }
            return new Span(field, start, start + what.length(), what);
        }
    }
}
