package org.presswatch.index.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.Bits;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.index.text.ArticleFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an index written by an earlier version of {@link ArticleDocuments} to the current
 * layout. Every document keeps its whole article, so the index rebuilds itself from its own
 * stored articles: no crawl is repeated, and nothing is lost. The layout is recorded in the
 * commit's user data; a new index starts at the current one.
 */
final class LayoutUpgrade {
    /** 2: the word pairs field. Documents before it lack the field, and their phrases would not be found. */
    static final int CURRENT = 2;
    static final String KEY = "presswatch.layout";
    private static final int PROGRESS_EVERY = 50_000;
    private static final Logger LOG = LoggerFactory.getLogger(LayoutUpgrade.class);

    private LayoutUpgrade() {}

    /** Rewrites every article when the index is of an older layout; records the current one. */
    static void ensureCurrent(IndexWriter writer, FacetsConfig facets, Path directory) throws IOException {
        Integer recorded = recordedLayout(writer);
        if (recorded != null && recorded == CURRENT) {
            return;
        }
        if (recorded != null && recorded > CURRENT) {
            throw new IOException("the index in " + directory + " was written by a newer presswatch (layout " + recorded
                    + ", this one writes " + CURRENT + "); run that version, or delete the index to rebuild it");
        }
        int articles = writer.getDocStats().numDocs;
        if (articles > 0) {
            // an index without a recorded layout was written before layouts were recorded: layout 1
            LOG.info("the index in {} is of layout {}; rewriting its {} articles in layout {}", directory, recorded == null ? 1 : recorded,
                    articles, CURRENT);
            rewrite(writer, facets, directory, articles);
        }
        writer.setLiveCommitData(Map.of(KEY, String.valueOf(CURRENT)).entrySet());
        writer.commit();
    }

    private static Integer recordedLayout(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(KEY)) {
                    return Integer.valueOf(entry.getValue());
                }
            }
        }
        return null;
    }

    private static void rewrite(IndexWriter writer, FacetsConfig facets, Path directory, int articles) throws IOException {
        int done = 0;
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    AnalyzedArticle article = ArticleDocuments.read(stored, doc);
                    writer.updateDocument(new Term(ArticleFields.ID, article.id()), ArticleDocuments.toDocument(article, facets));
                    if (++done % PROGRESS_EVERY == 0) {
                        LOG.info("rewriting the index in {}: {} of {} articles", directory, done, articles);
                    }
                }
            }
        }
    }
}
