package org.presswatch.pipeline.operators;

import java.io.IOException;
import java.net.URI;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.presswatch.core.model.Article;
import org.presswatch.ingest.extract.ArticleExtractor;
import org.presswatch.ingest.extract.ExtractedArticle;
import org.presswatch.ingest.url.CanonicalUrls;
import org.presswatch.pipeline.metrics.PipelineMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a downloaded page into an article: title, text and date from the page, falling back to
 * what the feed said, and the id from the canonical URL. A page that yields no text is logged
 * and dropped. Articles extracted are counted per source ({@link PipelineMetrics}).
 */
public final class ExtractArticle extends RichFlatMapFunction<FetchedPage, Article> {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractArticle.class);

    private transient ArticleExtractor extractor;
    private transient PipelineMetrics.Labelled articles;

    @Override
    public void open(OpenContext context) {
        extractor = new ArticleExtractor();
        articles = new PipelineMetrics.Labelled(PipelineMetrics.groupOf(this), PipelineMetrics.ARTICLES_EXTRACTED, PipelineMetrics.SOURCE);
    }

    @Override
    public void flatMap(FetchedPage page, Collector<Article> out) {
        ExtractedArticle extracted;
        try {
            extracted = extractor.extract(page.body(), page.contentType(), page.url());
        } catch (IOException | RuntimeException e) {
            LOG.warn("article skipped: {} could not be parsed: {}", page.url(), e.getMessage());
            return;
        }
        String title = extracted.title().isBlank() ? page.item().title() : extracted.title();
        String text = extracted.text().isBlank() ? page.item().summary() : extracted.text();
        if (title.isBlank() && text.isBlank()) {
            LOG.warn("article skipped: {} has neither a title nor text", page.url());
            return;
        }
        URI canonical = CanonicalUrls.choose(page.url(), extracted.canonicalUrl());
        String language = extracted.language() != null ? extracted.language() : Article.UNDETERMINED_LANGUAGE;
        articles.inc(page.item().sourceId());
        out.collect(Article.of(page.item().sourceId(), page.url(), canonical, title, text, language,
                extracted.published() != null ? extracted.published() : page.item().published(), page.fetchedAt()));
    }
}
