package org.presswatch.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.presswatch.index.TestArticles.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.index.text.Analyzers;
import org.presswatch.index.text.ArticleFields;

/** An index of an earlier layout is rebuilt from its own stored articles when opened; a newer one is refused. */
class LayoutUpgradeTest {
    @TempDir
    Path dir;

    private final AnalyzedArticle lySon = article("a").title("Tàu cá Lý Sơn về bến").build();
    private final AnalyzedArticle other = article("b").title("Quản lý cảng Sơn Trà").build();

    /**
     * An index as the first layout wrote it: no word pairs, and the id without the doc values
     * later added for sorting, a change of a field's kind that Lucene refuses inside one index.
     */
    private void writeFirstLayout(Path where) throws IOException {
        try (FSDirectory fs = FSDirectory.open(where); IndexWriter old = new IndexWriter(fs, new IndexWriterConfig(Analyzers.folding()))) {
            FacetsConfig facets = ArticleDocuments.facetsConfig();
            for (AnalyzedArticle a : new AnalyzedArticle[] {lySon, other}) {
                Document doc = ArticleDocuments.toDocument(a, facets);
                doc.removeField(ArticleFields.PAIRS);
                doc.removeFields(ArticleFields.ID);
                doc.add(new StringField(ArticleFields.ID, a.id(), Field.Store.NO));
                old.addDocument(doc);
            }
        }
    }

    @Test
    void anIndexOfTheFirstLayoutIsRebuiltAndFindsPhrases() throws IOException {
        writeFirstLayout(dir);
        assertUpgraded();
        assertFalse(Files.exists(dir.resolveSibling(dir.getFileName() + ".old")), "the old index is removed after the swap");
    }

    @Test
    void aSwapInterruptedBetweenItsTwoMovesIsRecovered() throws IOException {
        Path old = dir.resolveSibling(dir.getFileName() + ".old");
        writeFirstLayout(old);
        Files.delete(dir);
        assertUpgraded();
    }

    private void assertUpgraded() throws IOException {
        try (LuceneArticleIndex index = LuceneBackend.openIndex(dir)) {
            index.refresh();
            assertEquals(2, index.count(), "every article kept");
            assertEquals(1, index.search(ArticleQuery.of("\"Lý Sơn\"")).total(), "the phrase is found in the rewritten article");
            assertEquals(lySon, index.get(lySon.id()).orElseThrow(), "the article itself unchanged");
        }
        assertEquals(String.valueOf(LayoutUpgrade.CURRENT), committedLayout());
    }

    @Test
    void aNewIndexRecordsTheCurrentLayout() throws IOException {
        try (LuceneArticleIndex index = LuceneBackend.openIndex(dir)) {
            index.upsert(lySon);
        }
        assertEquals(String.valueOf(LayoutUpgrade.CURRENT), committedLayout());
    }

    @Test
    void anIndexOfANewerLayoutIsRefusedAndLeftAsItWas() throws IOException {
        try (FSDirectory fs = FSDirectory.open(dir); IndexWriter newer = new IndexWriter(fs, new IndexWriterConfig(Analyzers.folding()))) {
            newer.addDocument(ArticleDocuments.toDocument(lySon, ArticleDocuments.facetsConfig()));
            newer.setLiveCommitData(Map.of(LayoutUpgrade.KEY, "99").entrySet());
        }
        IOException e = assertThrows(IOException.class, () -> LuceneBackend.openIndex(dir).close());
        assertTrue(e.getMessage().contains("newer presswatch"), e.getMessage());
        assertEquals("99", committedLayout(), "the index is as it was");
        try (FSDirectory fs = FSDirectory.open(dir); IndexWriter again = new IndexWriter(fs, new IndexWriterConfig(Analyzers.folding()))) {
            // opening a writer needs the lock the refused index had taken: it was released
            again.rollback();
        }
    }

    private String committedLayout() throws IOException {
        try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(fs)) {
            return reader.getIndexCommit().getUserData().get(LayoutUpgrade.KEY);
        }
    }
}
