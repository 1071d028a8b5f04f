package org.presswatch.index.claims;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.AfterEffectB;
import org.apache.lucene.search.similarities.BasicModelIne;
import org.apache.lucene.search.similarities.DFRSimilarity;
import org.apache.lucene.search.similarities.NormalizationH2;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.presswatch.core.model.ClaimMatch;
import org.presswatch.core.library.ClaimMatcher;
import org.presswatch.core.library.RebuttalLibrary;
import org.presswatch.core.model.LocalizedText;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.core.util.Validate;

/**
 * The library's claim index: every claim of every entry that is not retired, searchable by
 * words and, for English texts, by meaning. It is derived from the {@link RebuttalLibrary} and is
 * rebuilt from it by {@link #rebuild}; entries are kept current with {@link #replace}.
 *
 * <p>A text is matched as a whole when it is short (a post, a headline) and sentence by
 * sentence, so that one sentence of a long article can match. For each piece an entry scores
 * {@value #LEXICAL_SHARE} of its word score (divergence from randomness, relative to the best
 * entry for that piece) plus the rest of the cosine between the piece's and the claim's sentence
 * vectors when the text is English (the sentence model's language); for other texts the word
 * score alone, made absolute (see {@link ClaimScoring}). The share was chosen on the training split
 * of CLEF 2020 CheckThat! Task 2 (MAP@5 0.888 there, against 0.887 for 0.15 and 0.886 for 0.25).
 *
 * <p>That score ranks the entries for one text; it is not comparable between texts, since the
 * best entry of every English text gets the whole word share. Each match also carries a
 * similarity, the same sum with the word score made absolute, which is: the pipeline keeps the
 * matches of an article from one similarity, whatever its language. (Ranked by the similarity,
 * the CheckThat! development tweets reach MAP@5 0.840 instead of 0.860.)
 *
 * <p>Thread-safe: matching runs concurrently with writes, and sees them once they return.
 * Claim vectors are held in memory (1.5 KB a claim). One process writes an index ({@link #open});
 * others may match against it at the same time ({@link #openForMatching}), seeing its changes
 * when they {@link #refresh}.
 */
public final class LuceneClaimIndex implements ClaimMatcher, Closeable {
    static final double LEXICAL_SHARE = 0.2;
    /** A text up to this long is also matched as a whole. */
    private static final int WHOLE_TEXT_WORDS = 80;
    /** Sentences of a long article matched, from its start. */
    private static final int MAX_SENTENCES = 60;
    static final String ID = "id";
    static final String TEXT = "text";
    private static final String VECTOR = "vector";
    private static final String SEMANTIC_LANGUAGE = "en";

    private final Directory directory;
    /** Null when the index is only read. */
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SentenceEncoder encoder;
    private final Similarity similarity = new DFRSimilarity(new BasicModelIne(), new AfterEffectB(), new NormalizationH2());
    private final ClaimAnalyzer analyzer = new ClaimAnalyzer();
    /** Entry id to the unit vectors of its claims and title. */
    private final Map<String, float[][]> vectors = new ConcurrentHashMap<>();
    /** Entry id to its title, which names the claim to a reader of the match. */
    private final Map<String, String> titles = new ConcurrentHashMap<>();

    private LuceneClaimIndex(Directory directory, SentenceEncoder encoder, boolean writable) throws IOException {
        this.directory = directory;
        this.encoder = encoder;
        this.writer = writable ? new IndexWriter(directory, new IndexWriterConfig(analyzer).setSimilarity(similarity)) : null;
        this.searchers = writable ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
        loadEntries();
    }

    /** Opens the index in {@code dir} to write and match, creating it when absent. */
    public static LuceneClaimIndex open(Path dir) throws IOException {
        return new LuceneClaimIndex(FSDirectory.open(dir), new SentenceEncoder(), true);
    }

    /**
     * Opens the index in {@code dir} to match only, beside the process that writes it: the
     * pipeline reads the library's claim index while {@code presswatch library import} keeps it.
     *
     * @throws org.apache.lucene.index.IndexNotFoundException when no index was written there yet
     */
    public static LuceneClaimIndex openForMatching(Path dir) throws IOException {
        Directory directory = FSDirectory.open(dir);
        try {
            return new LuceneClaimIndex(directory, new SentenceEncoder(), false);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Sees what the writing process committed since the last refresh; returns whether anything
     * changed. An index opened to write is always current and never changes here.
     */
    public synchronized boolean refresh() throws IOException {
        if (writer != null) {
            return false;
        }
        IndexSearcher before = searchers.acquire();
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher after = searchers.acquire();
            try {
                if (after.getIndexReader() == before.getIndexReader()) {
                    return false;
                }
            } finally {
                searchers.release(after);
            }
        } finally {
            searchers.release(before);
        }
        loadEntries();
        return true;
    }

    /** Makes the index hold the entry's current claims, or none when it is retired. */
    public void replace(Rebuttal entry) throws IOException {
        replaceAll(List.of(entry));
    }

    /** {@link #replace} for many entries, with their sentences encoded in batches. */
    public synchronized void replaceAll(Collection<Rebuttal> entries) throws IOException {
        requireWritable();
        List<String> sentences = new ArrayList<>();
        for (Rebuttal entry : entries) {
            sentences.addAll(encodedSentences(entry));
        }
        List<float[]> encoded = encoder.encodeAll(sentences);
        int next = 0;
        for (Rebuttal entry : entries) {
            writer.deleteDocuments(new Term(ID, entry.id()));
            for (LocalizedText claim : live(entry)) {
                Document doc = new Document();
                doc.add(new StringField(ID, entry.id(), Field.Store.YES));
                doc.add(new TextField(TEXT, claim.text() + "\n" + entry.title(), Field.Store.YES));
                writer.addDocument(doc);
            }
            List<float[]> entryVectors = new ArrayList<>();
            for (int i = encodedSentences(entry).size(); i > 0; i--) {
                float[] v = encoded.get(next++);
                entryVectors.add(v);
                Document doc = new Document();
                doc.add(new StringField(ID, entry.id(), Field.Store.YES));
                doc.add(new StoredField(VECTOR, toBytes(v)));
                writer.addDocument(doc);
            }
            if (entryVectors.isEmpty()) {
                vectors.remove(entry.id());
            } else {
                vectors.put(entry.id(), entryVectors.toArray(float[][]::new));
            }
            if (live(entry).isEmpty()) {
                titles.remove(entry.id());
            } else {
                titles.put(entry.id(), entry.title());
            }
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Empties the index and fills it again from the library's current versions. */
    public synchronized void rebuild(RebuttalLibrary library) throws IOException {
        requireWritable();
        writer.deleteAll();
        vectors.clear();
        titles.clear();
        replaceAll(library.all());
    }

    /** The number of entries with at least one claim in the index: every one has its claims' vectors. */
    public long entries() {
        return vectors.size();
    }

    @Override
    public List<ClaimMatch> match(String text, String language, int limit) throws IOException {
        Validate.notNull(text, "text");
        Validate.inRange(limit, 0, MAX_MATCHES, "limit");
        String plain = PostText.normalize(text);
        if (Sentences.words(plain) == 0) {
            return List.of();
        }
        List<String> sentences = Sentences.of(plain);
        List<String> pieces = new ArrayList<>();
        if (Sentences.words(plain) <= WHOLE_TEXT_WORDS || sentences.isEmpty()) {
            pieces.add(plain);
        } else {
            sentences.stream().limit(MAX_SENTENCES).forEach(pieces::add);
        }
        boolean semantic = SEMANTIC_LANGUAGE.equals(language) && !vectors.isEmpty();
        IndexSearcher searcher = searchers.acquire();
        try {
            searcher.setSimilarity(similarity);
            ClaimScoring scoring = new ClaimScoring(searcher, analyzer, semantic ? encoder : null, vectors, titles);
            List<ClaimMatch> ranked = scoring.best(pieces).values().stream()
                    .sorted(Comparator.comparingDouble(ClaimMatch::score).reversed().thenComparing(ClaimMatch::entryId))
                    .limit(limit).toList();
            if (pieces.size() == 1 && sentences.size() > 1) {
                // a short text is ranked as a whole; show the sentence of it that matches each entry best
                Map<String, ClaimMatch> bySentence = scoring.best(sentences);
                ranked = ranked.stream().map(m -> new ClaimMatch(m.entryId(), m.title(), m.score(), m.similarity(),
                        bySentence.containsKey(m.entryId()) ? bySentence.get(m.entryId()).sentence() : m.sentence())).toList();
            }
            return ranked;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * What of an entry is encoded: its claims and its title (which says the claim again). Claims
     * in every language are encoded, so that an English claim whose language was mistaken still
     * matches; one in another language just stays far from an English text.
     */
    private static List<String> encodedSentences(Rebuttal entry) {
        List<String> sentences = new ArrayList<>();
        live(entry).forEach(c -> sentences.add(c.text()));
        if (!sentences.isEmpty() && !entry.title().isBlank()) {
            sentences.add(entry.title());
        }
        return sentences;
    }

    private static List<LocalizedText> live(Rebuttal entry) {
        return entry.status() == Rebuttal.Status.RETIRED ? List.of() : entry.claims();
    }

    /** Reads every entry's claim vectors and title from the index as it stands. */
    private void loadEntries() throws IOException {
        Map<String, List<float[]>> loaded = new HashMap<>();
        Map<String, String> loadedTitles = new HashMap<>();
        IndexSearcher searcher = searchers.acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            StoredFields stored = reader.storedFields();
            Bits live = MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Document d = stored.document(doc);
                BytesRef bytes = d.getBinaryValue(VECTOR);
                if (bytes != null) {
                    loaded.computeIfAbsent(d.get(ID), k -> new ArrayList<>()).add(fromBytes(bytes));
                } else if (d.get(TEXT) != null) {
                    // a claim's text is the claim, a line break, and the entry's title
                    String text = d.get(TEXT);
                    loadedTitles.put(d.get(ID), text.substring(text.lastIndexOf('\n') + 1));
                }
            }
        } finally {
            searchers.release(searcher);
        }
        vectors.keySet().retainAll(loaded.keySet());
        loaded.forEach((id, list) -> vectors.put(id, list.toArray(float[][]::new)));
        titles.keySet().retainAll(loadedTitles.keySet());
        titles.putAll(loadedTitles);
    }

    private void requireWritable() {
        if (writer == null) {
            throw new IllegalStateException("this claim index was opened for matching only: the library writes it");
        }
    }

    private static byte[] toBytes(float[] v) {
        ByteBuffer buffer = ByteBuffer.allocate(v.length * Float.BYTES);
        buffer.asFloatBuffer().put(v);
        return buffer.array();
    }

    private static float[] fromBytes(BytesRef bytes) {
        float[] v = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).asFloatBuffer().get(v);
        return v;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        if (writer != null) {
            writer.close();
        }
        directory.close();
        analyzer.close();
    }
}
