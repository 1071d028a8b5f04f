package org.presswatch.pipeline.bench;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.presswatch.core.model.Article;

/**
 * What a plain Lucene application does with the same extracted articles: an {@link IndexWriter}
 * with Lucene's defaults and a {@link StandardAnalyzer}, each article a document of its id, its
 * title and its text (stored), added from as many threads as the job's parallelism, committed at
 * the end. Timed from the first document to the writer committed and closed.
 */
final class BareLuceneRun {
    private BareLuceneRun() {}

    static Side run(List<Article> articles, int threads, Path work) throws Exception {
        Path folder = work.resolve("index");
        long start;
        try (StandardAnalyzer analyzer = new StandardAnalyzer();
             FSDirectory dir = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            start = System.nanoTime();
            Threads.run(threads, "bare-lucene", thread -> {
                for (Article article : Threads.share(articles, thread, threads)) {
                    writer.addDocument(document(article));
                }
            });
            writer.commit();
        }
        // closing waits for the merges, as the other sides' timings do
        long nanos = System.nanoTime() - start;
        return IndexFolders.side("bare Lucene", threads, nanos, folder, null);
    }

    private static Document document(Article article) {
        Document doc = new Document();
        doc.add(new StringField("id", article.id(), Field.Store.YES));
        doc.add(new TextField("title", article.title(), Field.Store.YES));
        doc.add(new TextField("text", article.text(), Field.Store.YES));
        return doc;
    }
}
