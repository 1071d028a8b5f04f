package org.presswatch.bench.match;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.presswatch.core.config.DataLayout;
import org.presswatch.core.library.ClaimMatcher;
import org.presswatch.core.model.ClaimMatch;
import org.presswatch.core.model.LocalizedText;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.office.db.OfficeDatabase;
import org.presswatch.office.library.OfficeLibrary;

/**
 * Measures claim matching on CLEF 2020 CheckThat! Task 2: the verified claims go into a library
 * and its claim index as an office's entries would, each tweet of a split is matched, and the
 * ranking is scored by MAP@5, the task's official measure. Plain BM25 over the same claims
 * (Lucene's defaults, claim and title in one field, the tweet as the query) is scored in the same
 * run as the baseline. The tweets are English, so they are matched as English.
 */
public final class ClaimMatchingBenchmark {
    private static final int CUTOFF = 5;

    /**
     * @param importSeconds time to save every claim in the library and index it (sentence vectors included)
     * @param matchesPerSecond tweets matched per second, one thread
     */
    public record Result(int claims, int tweets, double map5, double bm25Map5, double importSeconds, double matchesPerSecond) {}

    private ClaimMatchingBenchmark() {}

    /**
     * Runs the benchmark on the task's files in {@code corpus}, with a library of its own in
     * {@code work} (which must not hold one).
     *
     * @param split the tweets matched: {@code dev} or {@code train}
     * @param progress told as each stage starts (the import takes seconds to a minute)
     * @throws IllegalArgumentException when the folder lacks the task's files
     */
    public static Result run(Path corpus, String split, Path work, Consumer<String> progress) throws IOException {
        if (!Files.isRegularFile(corpus.resolve("verified_claims.docs.tsv")) || !Files.isDirectory(corpus.resolve(split))) {
            throw new IllegalArgumentException("no CheckThat! Task 2 corpus with a " + split + " split at " + corpus
                    + " (v3.0 of https://github.com/sshaar/clef2020-factchecking-task2); pass --corpus DIR");
        }
        List<ClaimRetrievalFiles.Claim> claims = ClaimRetrievalFiles.claims(corpus);
        List<ClaimRetrievalFiles.Tweet> tweets = ClaimRetrievalFiles.tweets(corpus, split);
        DataLayout layout = DataLayout.under(work);
        try (OfficeDatabase database = OfficeDatabase.embedded(layout.officeDatabase());
             OfficeLibrary library = OfficeLibrary.open(database, layout)) {
            return run(claims, tweets, library, progress);
        }
    }

    /**
     * @param library an empty library to import into, as an office's entries are: saved with
     *     their versions, their claims indexed and encoded
     * @param progress told as each stage starts (the import takes seconds to a minute)
     */
    static Result run(List<ClaimRetrievalFiles.Claim> claims, List<ClaimRetrievalFiles.Tweet> tweets, OfficeLibrary library,
                      Consumer<String> progress) throws IOException {
        progress.accept("importing " + claims.size() + " verified claims into the library and its claim index");
        long start = System.nanoTime();
        List<Rebuttal> entries = new ArrayList<>(claims.size());
        for (ClaimRetrievalFiles.Claim c : claims) {
            entries.add(entry(c));
        }
        library.save(entries, "bench");
        ClaimMatcher index = library.matcher();
        double importSeconds = (System.nanoTime() - start) / 1e9;

        progress.accept("matching " + tweets.size() + " tweets");
        double ours = 0;
        start = System.nanoTime();
        for (ClaimRetrievalFiles.Tweet t : tweets) {
            ours += averagePrecision(index.match(t.text(), "en", CUTOFF).stream().map(ClaimMatch::entryId).toList(), t.relevant());
        }
        double matchesPerSecond = tweets.size() / ((System.nanoTime() - start) / 1e9);

        progress.accept("scoring plain BM25 on the same claims and tweets");
        double bm25 = bm25(claims, tweets);
        return new Result(claims.size(), tweets.size(), ours / tweets.size(), bm25 / tweets.size(), importSeconds, matchesPerSecond);
    }

    private static Rebuttal entry(ClaimRetrievalFiles.Claim c) {
        return new Rebuttal(c.id(), c.title(), List.of(new LocalizedText("en", c.text())), List.of(), List.of(), List.of(), List.of(),
                Rebuttal.Status.APPROVED, 1, Instant.EPOCH, "bench");
    }

    /** Average precision at the cutoff: the mean of the precision at each rank holding a relevant claim. */
    static double averagePrecision(List<String> ranked, Set<String> relevant) {
        double sum = 0;
        int found = 0;
        for (int i = 0; i < Math.min(CUTOFF, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                found++;
                sum += found / (double) (i + 1);
            }
        }
        return relevant.isEmpty() ? 0 : sum / Math.min(CUTOFF, relevant.size());
    }

    private static double bm25(List<ClaimRetrievalFiles.Claim> claims, List<ClaimRetrievalFiles.Tweet> tweets) throws IOException {
        try (StandardAnalyzer analyzer = new StandardAnalyzer(); ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (ClaimRetrievalFiles.Claim c : claims) {
                    Document doc = new Document();
                    doc.add(new StringField("id", c.id(), Field.Store.YES));
                    doc.add(new TextField("text", c.text() + "\n" + c.title(), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryBuilder builder = new QueryBuilder(analyzer);
                double sum = 0;
                for (ClaimRetrievalFiles.Tweet t : tweets) {
                    Query query = builder.createBooleanQuery("text", t.text());
                    List<String> ranked = new ArrayList<>();
                    if (query != null) {
                        for (ScoreDoc hit : searcher.search(query, CUTOFF).scoreDocs) {
                            ranked.add(reader.storedFields().document(hit.doc).get("id"));
                        }
                    }
                    sum += averagePrecision(ranked, t.relevant());
                }
                return sum;
            }
        }
    }
}
