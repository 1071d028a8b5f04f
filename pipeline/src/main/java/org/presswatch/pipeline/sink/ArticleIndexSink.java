package org.presswatch.pipeline.sink;

import java.io.IOException;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.model.AnalyzedArticle;

/**
 * Writes analyzed articles to the index. Upserts are idempotent by article id, so a replay after
 * a restore never duplicates an article; the index commits whenever Flink flushes the writer,
 * which it does before every checkpoint and at the end of input.
 */
public final class ArticleIndexSink implements Sink<AnalyzedArticle> {
    private final IndexProvider provider;

    public ArticleIndexSink(IndexProvider provider) {
        this.provider = provider;
    }

    @Override
    public SinkWriter<AnalyzedArticle> createWriter(WriterInitContext context) throws IOException {
        return new Writer(provider);
    }

    private static final class Writer implements SinkWriter<AnalyzedArticle> {
        private final IndexProvider provider;
        private final ArticleIndex index;

        Writer(IndexProvider provider) throws IOException {
            this.provider = provider;
            this.index = provider.acquire();
        }

        @Override
        public void write(AnalyzedArticle article, Context context) throws IOException {
            index.upsert(article);
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
