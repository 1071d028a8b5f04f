package org.presswatch.bench.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimRetrievalFilesTest {
    @Test
    void quotedFieldsHoldQuotesTabsAndLineBreaks(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("verified_claims.docs.tsv"), "\tvclaim\ttitle\n"
                + "0\t\"He said \"\"no\"\"\tand left\"\tTitle A\n"
                + "1\t\"two\nlines\"\tTitle B\r\n");
        Files.createDirectories(dir.resolve("dev"));
        Files.writeString(dir.resolve("dev/tweets.queries.tsv"), "\ttweet_content\n5\tfirst tweet\n6\tsecond tweet\n7\tno relevant claim\n");
        Files.writeString(dir.resolve("dev/tweet-vclaim-pairs.qrels"), "5\t0\t1\t1\n6\t0\t0\t1\n6\t0\t1\t1\n7\t0\t0\t0\n");
        assertEquals(List.of(new ClaimRetrievalFiles.Claim("0", "He said \"no\"\tand left", "Title A"), new ClaimRetrievalFiles.Claim("1", "two\nlines", "Title B")),
                ClaimRetrievalFiles.claims(dir));
        assertEquals(List.of(new ClaimRetrievalFiles.Tweet("5", "first tweet", Set.of("1")), new ClaimRetrievalFiles.Tweet("6", "second tweet", Set.of("0", "1"))),
                ClaimRetrievalFiles.tweets(dir, "dev"));

        Files.writeString(dir.resolve("verified_claims.docs.tsv"), "\tvclaim\ttitle\nlonely\n");
        IOException e = assertThrows(IOException.class, () -> ClaimRetrievalFiles.claims(dir));
        assertTrue(e.getMessage().contains("row 2"), e.getMessage());
    }

    @Test
    void averagePrecisionAtFive() {
        assertEquals(1.0, ClaimMatchingBenchmark.averagePrecision(List.of("a", "b"), Set.of("a")));
        assertEquals(1 / 3.0, ClaimMatchingBenchmark.averagePrecision(List.of("x", "y", "a"), Set.of("a")), 1e-12);
        assertEquals(0.0, ClaimMatchingBenchmark.averagePrecision(List.of("x", "y", "z", "w", "v", "a"), Set.of("a")));
        assertEquals((1 + 2 / 3.0) / 2, ClaimMatchingBenchmark.averagePrecision(List.of("a", "x", "b"), Set.of("a", "b")), 1e-12);
    }

    @Test
    void beatsBm25AndReachesTheBarOnTheDevelopmentTweets(@TempDir Path dir) throws IOException {
        String corpora = System.getProperty("presswatch.corpora");
        Path corpus = corpora == null ? null : Path.of(corpora, "clef2020-checkthat-task2", "v3.0");
        Assumptions.assumeTrue(corpus != null && Files.isDirectory(corpus), "claim matching not measured: clef2020-checkthat-task2/v3.0 "
                + "was not found under the folder named by system property presswatch.corpora (" + corpora + ")");
        ClaimMatchingBenchmark.Result r = ClaimMatchingBenchmark.run(corpus, "dev", dir, step -> { });
        System.out.println("CheckThat! dev: " + r);
        assertTrue(r.claims() > 10_000 && r.tweets() > 190, r.toString());
        assertTrue(r.map5() >= 0.85 && r.map5() > r.bm25Map5(), r.toString());
    }
}
