package org.presswatch.pipeline.sink;

import java.io.IOException;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.pipeline.metrics.PipelineMetrics;

/**
 * Writes analyzed articles to the index. Upserts are idempotent by article id, so a replay after
 * a restore never duplicates an article; the index commits whenever Flink flushes the writer,
 * which it does before every checkpoint and at the end of input. Articles written are counted per
 * source ({@link PipelineMetrics}).
 */
public final class ArticleIndexSink implements Sink<AnalyzedArticle> {
    private final IndexProvider provider;

    public ArticleIndexSink(IndexProvider provider) {
        this.provider = provider;
    }

    @Override
    public SinkWriter<AnalyzedArticle> createWriter(WriterInitContext context) throws IOException {
        return new Writer(provider, new PipelineMetrics.Labelled(context.metricGroup(), PipelineMetrics.ARTICLES_INDEXED,
                PipelineMetrics.SOURCE));
    }

    private static final class Writer implements SinkWriter<AnalyzedArticle> {
        private final IndexProvider provider;
        private final ArticleIndex index;
        private final PipelineMetrics.Labelled indexed;

        Writer(IndexProvider provider, PipelineMetrics.Labelled indexed) throws IOException {
            this.provider = provider;
            this.indexed = indexed;
            this.index = provider.acquire();
        }

        @Override
        public void write(AnalyzedArticle article, Context context) throws IOException {
            index.upsert(article);
            indexed.inc(article.article().sourceId());
        }

        @Override
        public void flush(boolean endOfInput) throws IOException {
            index.commit();
        }

        @Override
        public void close() throws IOException {
            provider.release(index);
        }
    }
}
