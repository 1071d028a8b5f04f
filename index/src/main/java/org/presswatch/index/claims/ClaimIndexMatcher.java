package org.presswatch.index.claims;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.presswatch.core.library.ClaimMatcher;
import org.presswatch.core.model.ClaimMatch;
import org.presswatch.core.util.Validate;
import org.presswatch.index.lucene.Searchers;

/**
 * Matches texts against the library's claim index, by words and, for English texts, by meaning.
 *
 * <p>A text is matched as a whole when it is short (a post, a headline) and sentence by sentence,
 * so that one sentence of a long article can match. For each piece an entry scores
 * {@value ClaimScoring#WORD_SHARE} of its word score (divergence from randomness, relative to the
 * best entry for that piece) plus the rest of the cosine between the piece's and the claim's
 * sentence vectors when the text is English (the sentence model's language); for other texts the
 * word score alone, made absolute (see {@link ClaimScoring}). The share was chosen on the training
 * split of CLEF 2020 CheckThat! Task 2 (MAP@5 0.888 there, against 0.887 for 0.15 and 0.886 for
 * 0.25).
 *
 * <p>That score ranks the entries for one text; it is not comparable between texts, since the
 * best entry of every English text gets the whole word share. Each match also carries a
 * similarity, the same sum with the word score made absolute, which is: the pipeline keeps the
 * matches of an article from one similarity, whatever its language. (Ranked by the similarity,
 * the CheckThat! development tweets reach MAP@5 0.840 instead of 0.860.)
 *
 * <p>Thread-safe. Either the {@link ClaimIndexWriter#matcher() writer's}, current with every
 * write, or one opened beside the process that writes ({@link #openForMatching}), which sees its
 * changes when it {@link #refresh refreshes}.
 */
public final class ClaimIndexMatcher implements ClaimMatcher, Closeable {
    /** A text up to this long is also matched as a whole. */
    private static final int WHOLE_TEXT_WORDS = 80;
    /** Sentences of a long article matched, from its start. */
    private static final int MAX_SENTENCES = 60;
    private static final String SEMANTIC_LANGUAGE = "en";

    private final SearcherManager searchers;
    private final ClaimEntries entries;
    private final SentenceEncoder encoder;
    private final ClaimAnalyzer analyzer = new ClaimAnalyzer();
    private final Similarity similarity = ClaimDocuments.similarity();
    /** The directory and the reader's searchers of a matcher opened on its own; null for the writer's. */
    private final Directory owned;

    ClaimIndexMatcher(SearcherManager searchers, ClaimEntries entries, SentenceEncoder encoder, Directory owned) {
        this.searchers = searchers;
        this.entries = entries;
        this.encoder = encoder;
        this.owned = owned;
    }

    /**
     * Opens the index in {@code dir} to match only, beside the process that writes it: the
     * pipeline reads the library's claim index while {@code presswatch library import} keeps it.
     *
     * @throws org.apache.lucene.index.IndexNotFoundException when no index was written there yet
     */
    public static ClaimIndexMatcher openForMatching(Path dir) throws IOException {
        Directory directory = FSDirectory.open(dir);
        try {
            SearcherManager searchers = new SearcherManager(directory, null);
            try {
                ClaimEntries entries = Searchers.with(searchers, s -> ClaimEntries.of(s.getIndexReader()));
                return new ClaimIndexMatcher(searchers, entries, new SentenceEncoder(), directory);
            } catch (IOException | RuntimeException e) {
                searchers.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Sees what the writing process committed since the last refresh; returns whether anything
     * changed. The writer's own matcher is always current and never changes here.
     */
    public synchronized boolean refresh() throws IOException {
        if (owned == null) {
            return false;
        }
        IndexReader before = Searchers.with(searchers, s -> s.getIndexReader());
        searchers.maybeRefreshBlocking();
        return Searchers.with(searchers, s -> {
            if (s.getIndexReader() == before) {
                return false;
            }
            entries.reload(s.getIndexReader());
            return true;
        });
    }

    /** The number of entries with at least one claim in the index. */
    public long entries() {
        return entries.size();
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
        boolean semantic = SEMANTIC_LANGUAGE.equals(language) && entries.size() > 0;
        return Searchers.with(searchers, searcher -> {
            searcher.setSimilarity(similarity);
            ClaimScoring scoring = new ClaimScoring(searcher, analyzer, semantic ? encoder : null, entries.vectors(), entries.titles());
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
        });
    }

    @Override
    public void close() throws IOException {
        analyzer.close();
        if (owned != null) {
            try (owned) {
                searchers.close();
            }
        }
    }
}
