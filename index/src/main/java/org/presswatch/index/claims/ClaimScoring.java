package org.presswatch.index.claims;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;
import org.presswatch.core.model.ClaimMatch;

/**
 * One match's scoring of the library's entries against the pieces of a text (see
 * {@link ClaimIndexMatcher} for the formula): the word score of each candidate entry and, when
 * sentence vectors are used, their cosine. It reads one searcher's view of the index and looks
 * each stored document and term up once. Used by one thread for one match, then dropped.
 */
final class ClaimScoring {
    /** Entries considered per piece by each signal. */
    private static final int CANDIDATES = 100;
    /** The share of the word score in the rank score of an English text; the rest is the sentence vectors' cosine. */
    static final double WORD_SHARE = 0.2;
    private final IndexSearcher searcher;
    private final ClaimAnalyzer analyzer;
    /** Null when the text is matched by words alone. */
    private final SentenceEncoder encoder;
    private final Map<String, float[][]> vectors;
    private final Map<String, String> titles;
    private final StoredFields stored;
    private final Map<Integer, Document> documents = new HashMap<>();
    private final Map<Integer, Set<String>> docTerms = new HashMap<>();
    private final Map<String, Double> idf = new HashMap<>();

    /**
     * @param encoder the sentence encoder, or null to match by words alone
     * @param vectors entry id to the unit vectors of its claims
     * @param titles entry id to its title
     */
    ClaimScoring(IndexSearcher searcher, ClaimAnalyzer analyzer, SentenceEncoder encoder, Map<String, float[][]> vectors,
                 Map<String, String> titles) throws IOException {
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.encoder = encoder;
        this.vectors = vectors;
        this.titles = titles;
        this.stored = searcher.getIndexReader().storedFields();
    }

    /** Each entry's best match over the pieces, by rank score, with the piece that gave it. */
    Map<String, ClaimMatch> best(List<String> pieces) throws IOException {
        boolean semantic = encoder != null;
        List<float[]> pieceVectors = semantic ? encoder.encodeAll(pieces) : null;
        Map<String, ClaimMatch> best = new HashMap<>();
        for (int p = 0; p < pieces.size(); p++) {
            String piece = pieces.get(p);
            scores(piece, semantic ? pieceVectors.get(p) : null).forEach((id, score) -> best.merge(id,
                    new ClaimMatch(id, titles.getOrDefault(id, ""), score.rank(), score.similarity(), piece),
                    (a, b) -> b.score() > a.score() ? b : a));
        }
        return best;
    }

    /** How an entry scores for one piece: the score that ranks it, and the similarity comparable across texts. */
    private record Score(double rank, double similarity) {
        Score max(Score other) {
            return new Score(Math.max(rank, other.rank), Math.max(similarity, other.similarity));
        }
    }

    /** Each candidate entry's score for one piece of text. */
    private Map<String, Score> scores(String piece, float[] pieceVector) throws IOException {
        boolean semantic = pieceVector != null;
        Map<String, Score> lexical = lexical(piece, semantic);
        if (!semantic) {
            return lexical;
        }
        Map<String, Double> meaning = semantic(pieceVector);
        Set<String> candidates = new HashSet<>(lexical.keySet());
        meaning.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(CANDIDATES)
                .forEach(e -> candidates.add(e.getKey()));
        Map<String, Score> scores = new HashMap<>();
        for (String id : candidates) {
            Score words = lexical.getOrDefault(id, new Score(0, 0));
            double cosine = (1 - WORD_SHARE) * Math.max(0, meaning.getOrDefault(id, 0.0));
            scores.put(id, new Score(Math.min(1, WORD_SHARE * words.rank() + cosine), Math.min(1, WORD_SHARE * words.similarity() + cosine)));
        }
        return scores;
    }

    /**
     * The word score of each candidate entry: its divergence-from-randomness score relative to
     * the piece's best. Made absolute, it is also times the share of the claim's words (weighted
     * by rarity) that the piece contains, so that a sentence sharing one common word with every
     * claim does not score 1 for the least bad of them: that is the similarity, and the rank
     * score when words are the only signal. Beside the sentence vectors, which are absolute
     * already, the relative score ranks better (MAP@5 0.888 on the CheckThat! training tweets,
     * against 0.886 for the absolute one at the best share tried).
     */
    private Map<String, Score> lexical(String piece, boolean besideVectors) throws IOException {
        Map<String, Score> scores = new HashMap<>();
        Query query = new QueryBuilder(analyzer).createBooleanQuery(ClaimDocuments.TEXT, piece);
        if (query == null) {
            return scores;
        }
        ScoreDoc[] hits = searcher.search(query, CANDIDATES).scoreDocs;
        if (hits.length == 0) {
            return scores;
        }
        Set<String> pieceTerms = new HashSet<>(terms(piece));
        double top = hits[0].score;
        for (ScoreDoc hit : hits) {
            double relative = hit.score / top;
            double absolute = relative * coverage(hit.doc, pieceTerms);
            scores.merge(id(hit.doc), new Score(besideVectors ? relative : absolute, absolute), Score::max);
        }
        return scores;
    }

    private List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(ClaimDocuments.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    private Map<String, Double> semantic(float[] pieceVector) {
        Map<String, Double> scores = new HashMap<>(vectors.size() * 2);
        vectors.forEach((id, claims) -> {
            double max = -1;
            for (float[] claim : claims) {
                max = Math.max(max, SentenceEncoder.cosine(pieceVector, claim));
            }
            scores.put(id, max);
        });
        return scores;
    }

    private String id(int doc) throws IOException {
        return document(doc).get(ClaimDocuments.ID);
    }

    /** The share of the document's words, by inverse document frequency, that are among the piece's. */
    private double coverage(int doc, Set<String> pieceTerms) throws IOException {
        Set<String> claimTerms = docTerms.get(doc);
        if (claimTerms == null) {
            claimTerms = new HashSet<>(terms(document(doc).get(ClaimDocuments.TEXT)));
            docTerms.put(doc, claimTerms);
        }
        double shared = 0;
        double all = 0;
        for (String term : claimTerms) {
            double weight = idf(term);
            all += weight;
            shared += pieceTerms.contains(term) ? weight : 0;
        }
        return all == 0 ? 0 : shared / all;
    }

    private Document document(int doc) throws IOException {
        Document d = documents.get(doc);
        if (d == null) {
            d = stored.document(doc, Set.of(ClaimDocuments.ID, ClaimDocuments.TEXT));
            documents.put(doc, d);
        }
        return d;
    }

    private double idf(String term) throws IOException {
        Double known = idf.get(term);
        if (known == null) {
            IndexReader reader = searcher.getIndexReader();
            int df = reader.docFreq(new Term(ClaimDocuments.TEXT, term));
            known = Math.log(1 + (reader.numDocs() - df + 0.5) / (df + 0.5));
            idf.put(term, known);
        }
        return known;
    }
}
