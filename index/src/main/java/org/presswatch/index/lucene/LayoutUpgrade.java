package org.presswatch.index.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.presswatch.core.util.Directories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an index written by an earlier version of {@link ArticleDocuments} to the current
 * layout. Every document keeps its whole article, so the index is rebuilt from its own stored
 * articles, no crawl repeated and nothing lost. It is rebuilt beside the old one and swapped in
 * (a field cannot change its kind inside one Lucene index): a crash during the rebuild leaves the
 * old index as it was, and one during the swap is finished on the next start. The layout is
 * recorded in the commit's user data.
 */
final class LayoutUpgrade {
    /**
     * 2: the word pairs field. Documents before it lack the field, and their phrases would not be
     * found. 3: the province and topic filters hold what the analysis listed; before, provinces
     * from a score of 0.25 of the index's own.
     */
    static final int CURRENT = 3;
    static final String KEY = "presswatch.layout";
    private static final int PROGRESS_EVERY = 50_000;
    private static final Logger LOG = LoggerFactory.getLogger(LayoutUpgrade.class);

    private LayoutUpgrade() {}

    /**
     * Rebuilds the index in the directory when it is of an older layout; refuses one of a newer
     * layout. Runs before the index is opened; the caller holds no lock on it yet.
     */
    static void rebuildIfOlder(Path directory, Supplier<IndexWriterConfig> config, FacetsConfig facets) throws IOException {
        Path rebuilt = sibling(directory, ".upgrading");
        Path old = sibling(directory, ".old");
        if (!Files.exists(directory) && Files.exists(old)) {
            // stopped between the two moves of a swap: the old index goes back and is upgraded again
            Files.move(old, directory, StandardCopyOption.ATOMIC_MOVE);
        }
        Directories.deleteTree(rebuilt);
        Directories.deleteTree(old);
        int recorded;
        int articles;
        try (FSDirectory dir = FSDirectory.open(directory)) {
            if (!DirectoryReader.indexExists(dir)) {
                return;
            }
            recorded = layoutOf(SegmentInfos.readLatestCommit(dir).getUserData());
            if (recorded > CURRENT) {
                throw new IOException("the index in " + directory + " was written by a newer presswatch (layout " + recorded
                        + ", this one writes " + CURRENT + "); run that version, or delete the index to rebuild it");
            }
            if (recorded == CURRENT) {
                return;
            }
            // the old index's lock, held while it is read, keeps another process from writing to it meanwhile
            try (IndexWriter lock = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND));
                 DirectoryReader reader = DirectoryReader.open(dir)) {
                articles = reader.numDocs();
                LOG.info("the index in {} is of layout {}; rebuilding its {} articles in layout {}", directory, recorded, articles, CURRENT);
                copy(reader, rebuilt, config.get(), facets, directory, articles);
                lock.rollback();
            }
        }
        Files.move(directory, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(rebuilt, directory, StandardCopyOption.ATOMIC_MOVE);
        Directories.deleteTree(old);
        LOG.info("the index in {} is rebuilt in layout {}: {} articles", directory, CURRENT, articles);
    }

    /** Records the current layout in an index that has none yet (a new one). */
    static void record(IndexWriter writer) throws IOException {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(KEY)) {
                    return;
                }
            }
        }
        writer.setLiveCommitData(Map.of(KEY, String.valueOf(CURRENT)).entrySet());
        writer.commit();
    }

    /** The layout a commit records; 1 for one written before layouts were recorded. */
    private static int layoutOf(Map<String, String> userData) {
        String layout = userData.get(KEY);
        return layout == null ? 1 : Integer.parseInt(layout);
    }

    private static void copy(DirectoryReader reader, Path target, IndexWriterConfig config, FacetsConfig facets, Path directory,
                             int articles) throws IOException {
        int done = 0;
        try (FSDirectory out = FSDirectory.open(target); IndexWriter writer = new IndexWriter(out, config)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    writer.addDocument(ArticleDocuments.toDocument(ArticleDocuments.read(stored, doc), facets));
                    if (++done % PROGRESS_EVERY == 0) {
                        LOG.info("rebuilding the index in {}: {} of {} articles", directory, done, articles);
                    }
                }
            }
            writer.setLiveCommitData(Map.of(KEY, String.valueOf(CURRENT)).entrySet());
            writer.commit();
        }
    }

    private static Path sibling(Path directory, String suffix) {
        Path absolute = directory.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + suffix);
    }
}
