package org.presswatch.pipeline.reanalysis;

import java.io.IOException;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.pipeline.sink.IndexProvider;

/**
 * Reads one slice of the stored articles: those whose id (32 hex digits) begins with the slice's
 * digit, page by page in id order. The sixteen slices cover the index once, so a batch job
 * reads it with up to sixteen readers. Emits each stored article as it was extracted, for its
 * analysis to be run again.
 */
final class ReadStoredArticles extends RichFlatMapFunction<Long, Article> {
    static final int SLICES = 16;
    private static final int PAGE = ArticleQuery.MAX_SCAN;
    private final IndexProvider provider;
    private transient ArticleIndex index;

    ReadStoredArticles(IndexProvider provider) {
        this.provider = provider;
    }

    @Override
    public void open(OpenContext context) throws IOException {
        index = provider.acquire();
    }

    @Override
    public void flatMap(Long slice, Collector<Article> out) throws IOException {
        char digit = Character.forDigit(slice.intValue(), SLICES);
        // every 32-digit id beginning with this digit sorts after the digit alone
        String after = String.valueOf(digit);
        while (true) {
            List<AnalyzedArticle> page = index.scan(after, PAGE);
            for (AnalyzedArticle stored : page) {
                if (stored.id().charAt(0) != digit) {
                    return;
                }
                out.collect(stored.article());
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    @Override
    public void close() throws IOException {
        if (index != null) {
            provider.release(index);
        }
    }
}
