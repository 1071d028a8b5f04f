package org.presswatch.bench.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.ingest.extract.ArticleExtractor;

/**
 * The benchmark's scoring on a tiny hand-made corpus, and the extractor's quality on the WCXB
 * development articles when that third-party corpus is present. No timing is asserted: speed is
 * reported by {@code presswatch bench extract}, never checked in unit tests.
 */
class ExtractionBenchmarkTest {
    /** Word-level F1 the extractor must reach on the WCXB development articles. */
    private static final double REQUIRED_F1 = 0.92;

    @Test
    void wordOverlapIsABagOfLowerCasedWords() {
        WordOverlap.Score exact = WordOverlap.score("The cat, the HAT.", "the cat the hat");
        assertEquals(1.0, exact.f1(), 1e-9, "case and punctuation do not matter");
        WordOverlap.Score half = WordOverlap.score("the the", "the cat");
        assertEquals(0.5, half.precision(), 1e-9, "a word counts only as often as it is expected");
        assertEquals(0.5, half.recall(), 1e-9);
        assertEquals(0.0, WordOverlap.score("", "the cat").f1(), "nothing extracted scores 0");
        assertEquals(1.0, WordOverlap.score("Tiếng Việt có dấu", "tiếng việt CÓ DẤU").f1(), 1e-9, "Unicode letters are word characters");
    }

    @Test
    void scoresEveryPageWithExpectedContentAndSkipsTheOthers(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        Files.createDirectories(dir.resolve("ground-truth"));
        String body = "Officials agreed on Tuesday to set up a hotline after a collision between fishing boats near a disputed shoal.";
        page(dir, "0001", "<html><body><article><p>" + body + "</p></article><footer><p>Copyright</p></footer></body></html>", body, true);
        page(dir, "0002", "<html><body><article><p>" + body + "</p></article></body></html>", body + " Missing sentence here.", false);
        page(dir, "0003", "<html><body><p>Nothing expected.</p></body></html>", "", false);

        ExtractionBenchmark.Result result = new ExtractionBenchmark(new ArticleExtractor(), 0, 1).run(dir);

        ExtractionBenchmark.Quality q = result.quality();
        assertEquals(2, q.pages());
        assertEquals(1, q.skipped(), "blank main content cannot be scored");
        assertEquals("0001,0002", q.perPage().stream().map(ExtractionBenchmark.PageScore::id).collect(Collectors.joining(",")));
        assertEquals(1.0, q.perPage().get(0).score().f1(), 1e-9);
        assertEquals(1.0, q.perPage().get(1).score().precision(), 1e-9);
        assertTrue(q.perPage().get(1).score().recall() < 1.0);
        assertEquals((q.perPage().get(0).score().f1() + q.perPage().get(1).score().f1()) / 2, q.f1(), 1e-9, "F1 is averaged per page");
        assertEquals(2, result.speed().pages());
    }

    @Test
    void aFolderThatIsNoCorpusIsACallersMistake(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ExtractionBenchmark().quality(dir));
        assertTrue(e.getMessage().contains("ground-truth/"), e.getMessage());
    }

    @Test
    void reachesTheRequiredF1OnTheWcxbDevelopmentArticles() throws IOException {
        String corpora = System.getProperty("presswatch.corpora");
        Path dir = corpora == null ? null : Path.of(corpora, "wcxb-dev-articles");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir),
                "extraction quality not measured: the WCXB corpus folder wcxb-dev-articles was not found under the folder "
                        + "named by system property presswatch.corpora (" + corpora + ")");
        ExtractionBenchmark.Quality q = new ExtractionBenchmark().quality(dir);
        assertTrue(q.pages() > 700, "the development split has about 790 scorable article pages, found " + q.pages());
        assertTrue(q.f1() >= REQUIRED_F1, String.format("word F1 %.4f (precision %.4f, recall %.4f) is below %.2f on %d pages",
                q.f1(), q.precision(), q.recall(), REQUIRED_F1, q.pages()));
    }

    private static void page(Path dir, String id, String html, String expected, boolean gzip) throws IOException {
        if (gzip) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + id + ".html.gz")))) {
                out.write(html.getBytes(StandardCharsets.UTF_8));
            }
        } else {
            Files.writeString(dir.resolve("html/" + id + ".html"), html);
        }
        String json = "{\"url\": \"https://site.example/" + id + "\", \"ground_truth\": {\"title\": \"t\", \"main_content\": "
                + "\"" + expected.replace("\"", "\\\"") + "\"}}";
        Files.writeString(dir.resolve("ground-truth/" + id + ".json"), json);
    }
}
