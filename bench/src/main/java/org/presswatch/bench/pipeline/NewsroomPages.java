package org.presswatch.bench.pipeline;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.presswatch.core.model.Source;
import org.presswatch.core.util.Validate;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.demo.corpus.CorpusArticle;
import org.presswatch.demo.corpus.ReleaseSchedule;
import org.presswatch.demo.pages.ArticlePage;
import org.presswatch.demo.pages.PageContext;
import org.presswatch.ingest.feed.FeedItem;
import org.presswatch.pipeline.operators.FetchedPage;

/**
 * Article pages of the demo corpus as the newsroom serves them (each outlet's layout, its related
 * and most-read boxes), as many as asked, fetched beforehand: in memory, with the feed item that
 * announced each. The corpus's articles come round in the newsroom's release order, and every
 * page is made its own article: its own address (the slug numbered) and its own text (a numbered
 * update line closes the body), so that deduplication by content keeps them all. Publication
 * times are spread evenly over {@link #SPAN}.
 */
public final class NewsroomPages {
    /** The pages' publication times run from this over {@link #SPAN}. */
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(30);
    private static final int RELATED = 4;
    private static final int MOST_READ = 5;

    /**
     * @param articles the corpus articles the pages were made from
     * @param sources the corpus's outlets as presswatch sources
     */
    public record Pages(List<FetchedPage> pages, int articles, List<Source> sources) {}

    private NewsroomPages() {}

    public static Pages render(Corpus corpus, int n) {
        Validate.isTrue(n >= 1, "need at least one page, got %s", n);
        List<CorpusArticle> order = new ReleaseSchedule(corpus.articles(), START, 0, Duration.ofMinutes(1)).all().stream()
                .map(ReleaseSchedule.Release::article).toList();
        List<FetchedPage> pages = new ArrayList<>(n);
        Set<String> urls = new HashSet<>();
        for (int i = 0; i < n; i++) {
            CorpusArticle template = order.get(i % order.size());
            CorpusArticle article = numbered(template, i / order.size() + 1);
            Validate.isTrue(urls.add(article.url()), "two pages at %s", article.url());
            Instant published = START.plus(SPAN.multipliedBy(i).dividedBy(n));
            List<CorpusArticle> siblings = others(order, template);
            PageContext context = new PageContext(article, published.atZone(article.outlet().zone()),
                    siblings.stream().filter(a -> a.section().equals(template.section())).limit(RELATED).toList(),
                    siblings.stream().skip(Math.floorMod(template.slug().hashCode(), Math.max(1, order.size() - 1)))
                            .limit(MOST_READ).toList());
            byte[] html = ArticlePage.of(article.outlet().template()).render(context).getBytes(StandardCharsets.UTF_8);
            URI url = URI.create(article.url());
            FeedItem item = new FeedItem(article.outlet().id(), URI.create(article.outlet().feedUrl()), url, article.url(), article.title(),
                    article.lead(), published);
            pages.add(new FetchedPage(item, url, "text/html; charset=utf-8", html, published.plusSeconds(120)));
        }
        return new Pages(pages, corpus.articles().size(), sources(corpus));
    }

    /** The outlet's other articles. */
    private static List<CorpusArticle> others(List<CorpusArticle> order, CorpusArticle article) {
        return order.stream().filter(a -> a.outlet() == article.outlet() && a != article).toList();
    }

    /** The article as its copy number {@code copy}: its slug and its last line numbered. */
    private static CorpusArticle numbered(CorpusArticle a, int copy) {
        List<String> body = new ArrayList<>(a.body());
        body.add(String.format(Locale.ROOT, updateLine(a.outlet().language()), copy));
        return new CorpusArticle(a.outlet(), a.slug() + "-" + copy, a.section(), a.title(), a.lead(), body, a.author(), a.provinces(),
                a.topics());
    }

    private static String updateLine(String language) {
        return switch (language) {
            case "vi" -> "Bài viết được cập nhật lần thứ %d, bổ sung thông tin từ phóng viên thường trú.";
            case "fr" -> "Article mis à jour pour la %de fois avec les informations de notre correspondant.";
            case "zh" -> "本文第%d次更新，补充了驻地记者的信息。";
            default -> "This story was updated for the %dth time with reporting from our correspondent.";
        };
    }

    private static List<Source> sources(Corpus corpus) {
        return corpus.outlets().stream().map(o -> o.asSource(Duration.ofMinutes(5))).toList();
    }
}
