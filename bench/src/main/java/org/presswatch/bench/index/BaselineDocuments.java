package org.presswatch.bench.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.index.lucene.ArticleDocuments;
import org.presswatch.index.text.Analyzers;
import org.presswatch.index.text.ArticleFields;

/**
 * The embedded index's documents as a plain Lucene application would write them, for benchmarks
 * that compare our indexing with bare Lucene doing the same work: the same fields, terms, points,
 * doc values, facets and stored article, but each text field handed to the {@link #analyzer()} as
 * text, so that the writer analyzes the title and text once per field (the product segments them
 * once for all of its fields). {@code BaselineDocumentsTest} checks that both indexes hold the same
 * terms at the same positions, but where the title ends or the text opens in a script other than
 * Latin: ICU segments by script run and gives digits the script of the run before them, which in
 * the one string given for the combined fields may be the other part's.
 *
 * <p>Documents are built on the caller's thread; the facets configuration is read-only and shared.
 */
public final class BaselineDocuments {
    private static final FacetsConfig FACETS = ArticleDocuments.facetsConfig();

    private BaselineDocuments() {}

    /**
     * The analyzer of every text field: folding, the exact words for {@link ArticleFields#EXACT} and
     * pairs of folded words for {@link ArticleFields#PAIRS}. Close it after the writer.
     */
    public static Analyzer analyzer() {
        Analyzer folding = Analyzers.folding();
        Map<String, Analyzer> byField = Map.of(ArticleFields.EXACT, Analyzers.exact(), ArticleFields.PAIRS, Analyzers.pairs());
        // Lucene's PerFieldAnalyzerWrapper would leave the analyzers it delegates to open
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return byField.getOrDefault(fieldName, folding);
            }

            @Override
            public void close() {
                super.close();
                folding.close();
                byField.values().forEach(Analyzer::close);
            }
        };
    }

    /** The document of an article, with the facets built, ready for {@code IndexWriter.addDocument}. */
    public static Document of(AnalyzedArticle a) throws IOException {
        Document doc = new Document();
        String all = ArticleFields.all(a);
        doc.add(new Field(ArticleFields.TITLE, a.article().title(), TextField.TYPE_STORED));
        doc.add(new Field(ArticleFields.TEXT, a.article().text(), ArticleDocuments.TEXT_WITH_OFFSETS));
        doc.add(new TextField(ArticleFields.ALL, all, Field.Store.NO));
        doc.add(new TextField(ArticleFields.EXACT, all, Field.Store.NO));
        doc.add(new TextField(ArticleFields.PAIRS, all, Field.Store.NO));
        return FACETS.build(ArticleDocuments.addFilters(doc, a));
    }
}
