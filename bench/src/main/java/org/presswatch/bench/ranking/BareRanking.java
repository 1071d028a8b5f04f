package org.presswatch.bench.ranking;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.presswatch.core.model.AnalyzedArticle;

/**
 * The baseline: what a plain Lucene application ranks for the same queries. Title and text in one
 * field with Lucene's StandardAnalyzer (no folding of diacritics, no synonyms), BM25 with its
 * defaults, the query read by the classic query parser with its defaults (any word may match).
 */
final class BareRanking implements AutoCloseable {
    private static final String KEY = "key";
    private static final String TEXT = "text";

    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;

    BareRanking(Map<String, AnalyzedArticle> articles) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Map.Entry<String, AnalyzedArticle> e : articles.entrySet()) {
                Document doc = new Document();
                doc.add(new StoredField(KEY, e.getKey()));
                doc.add(new TextField(TEXT, e.getValue().article().title() + "\n" + e.getValue().article().text(), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
    }

    /** The keys of the first articles for the query; none for a query the parser refuses. */
    List<String> ranked(String query, int limit) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> keys = new ArrayList<>();
        try {
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(new QueryParser(TEXT, analyzer).parse(query), limit).scoreDocs) {
                keys.add(stored.document(hit.doc).get(KEY));
            }
        } catch (ParseException e) {
            // a bare application shows nothing for a query its parser refuses
        }
        return keys;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
