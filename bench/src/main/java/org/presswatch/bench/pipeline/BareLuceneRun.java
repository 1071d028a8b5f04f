package org.presswatch.bench.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.presswatch.bench.index.BaselineDocuments;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;

/**
 * Bare Lucene indexing of the articles the job indexes: an {@link IndexWriter} with Lucene's
 * defaults, documents added from as many threads as the job's parallelism, committed at the end,
 * timed from the first document to the writer committed and closed (closing waits for the
 * merges, as the other sides' timings do). Two kinds of document:
 *
 * <ul>
 *   <li>{@link #sameIndex}: the index the job writes, from the articles as the job analyzes them
 *       (analyzed beforehand, untimed), each text field analyzed by the writer
 *       ({@link BaselineDocuments}): bare Lucene doing the job's indexing work;
 *   <li>{@link #titleAndText}: what a minimal Lucene application keeps of an extracted article,
 *       its id, title and text with the {@link StandardAnalyzer}, for reference.
 * </ul>
 */
final class BareLuceneRun {
    private BareLuceneRun() {}

    private interface Documents<T> {
        Document of(T item) throws Exception;
    }

    static Side sameIndex(List<AnalyzedArticle> articles, int threads, Path work) throws Exception {
        try (Analyzer analyzer = BaselineDocuments.analyzer()) {
            return run("bare Lucene, same index", articles, BaselineDocuments::of, analyzer, threads, work);
        }
    }

    static Side titleAndText(List<Article> articles, int threads, Path work) throws Exception {
        try (Analyzer analyzer = new StandardAnalyzer()) {
            return run("bare Lucene, title+text", articles, BareLuceneRun::titleAndText, analyzer, threads, work);
        }
    }

    private static <T> Side run(String name, List<T> items, Documents<T> documents, Analyzer analyzer, int threads, Path work)
            throws Exception {
        Path folder = work.resolve("index");
        long start;
        try (FSDirectory dir = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            start = System.nanoTime();
            Threads.run(threads, "bare-lucene", thread -> {
                for (T item : Threads.share(items, thread, threads)) {
                    writer.addDocument(documents.of(item));
                }
            });
            writer.commit();
        }
        long nanos = System.nanoTime() - start;
        return IndexFolders.side(name, threads, nanos, folder, null);
    }

    private static Document titleAndText(Article article) {
        Document doc = new Document();
        doc.add(new StringField("id", article.id(), Field.Store.YES));
        doc.add(new TextField("title", article.title(), Field.Store.YES));
        doc.add(new TextField("text", article.text(), Field.Store.YES));
        return doc;
    }
}
