package org.presswatch.index.claims;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.index.lucene.Searchers;

/**
 * Writes the library's claim index: every claim of every entry that is not retired, with the
 * sentence vectors of its claims and title. The index is derived from the office's rebuttal
 * library and is rebuilt from it by {@link #rebuild}; entries are kept current with
 * {@link #replaceAll}. Each change is committed before it returns, so a process matching beside
 * this one ({@link ClaimIndexMatcher#openForMatching}) sees it on its next refresh, and
 * {@link #matcher()} matches against it at once.
 *
 * <p>One process writes an index (Lucene's write lock). Thread-safe: writes are serialized,
 * matching runs concurrently with them.
 */
public final class ClaimIndexWriter implements Closeable {
    private final Directory directory;
    private final ClaimAnalyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SentenceEncoder encoder = new SentenceEncoder();
    private final ClaimEntries entries;
    private final ClaimIndexMatcher matcher;

    private ClaimIndexWriter(Directory directory, ClaimAnalyzer analyzer, IndexWriter writer, SearcherManager searchers)
            throws IOException {
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
        this.entries = Searchers.with(searchers, s -> ClaimEntries.of(s.getIndexReader()));
        this.matcher = new ClaimIndexMatcher(searchers, entries, encoder, null);
    }

    /** Opens the index in {@code dir} to write and match, creating it when absent. */
    public static ClaimIndexWriter open(Path dir) throws IOException {
        Directory directory = FSDirectory.open(dir);
        ClaimAnalyzer analyzer = new ClaimAnalyzer();
        IndexWriter writer = null;
        SearcherManager searchers = null;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setSimilarity(ClaimDocuments.similarity()));
            searchers = new SearcherManager(writer, null);
            return new ClaimIndexWriter(directory, analyzer, writer, searchers);
        } catch (IOException | RuntimeException e) {
            try (directory; analyzer; Closeable w = writer; Closeable s = searchers) {
                throw e;
            }
        }
    }

    /** Makes the index hold the entry's current claims, or none when it is retired. */
    public void replace(Rebuttal entry) throws IOException {
        replaceAll(List.of(entry));
    }

    /** {@link #replace} for many entries, with their sentences encoded in batches. */
    public synchronized void replaceAll(Collection<Rebuttal> changed) throws IOException {
        List<List<String>> sentences = changed.stream().map(ClaimDocuments::encodedSentences).toList();
        List<float[]> encoded = encoder.encodeAll(sentences.stream().flatMap(List::stream).toList());
        Iterator<List<String>> own = sentences.iterator();
        int next = 0;
        for (Rebuttal entry : changed) {
            int from = next;
            next += own.next().size();
            List<float[]> entryVectors = encoded.subList(from, next);
            writer.deleteDocuments(new Term(ClaimDocuments.ID, entry.id()));
            writer.addDocuments(ClaimDocuments.of(entry, entryVectors));
            entries.put(entry.id(), entry.title(), entryVectors);
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Empties the index and fills it again from the library's current versions. */
    public synchronized void rebuild(Collection<Rebuttal> current) throws IOException {
        writer.deleteAll();
        entries.clear();
        replaceAll(current);
    }

    /** The number of entries with at least one claim in the index. */
    public long entries() {
        return entries.size();
    }

    /** Matches against this index as it is written, always current; closed with the writer. */
    public ClaimIndexMatcher matcher() {
        return matcher;
    }

    @Override
    public void close() throws IOException {
        try (directory; writer; searchers; analyzer) {
            matcher.close();
        }
    }
}
