package org.presswatch.bench.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.presswatch.bench.SideBySide;
import org.presswatch.ingest.extract.ArticleExtractor;

/**
 * Measures the article extractor on a labelled corpus laid out as WCXB ships it: extraction
 * quality as word-level F1 against the expected main content, and extraction cost against the
 * cost of merely parsing the same pages with jsoup, timed side by side in the same run.
 *
 * <p>The corpus directory holds {@code ground-truth/ID.json} (with {@code url} and
 * {@code ground_truth.main_content}) and {@code html/ID.html.gz} or {@code html/ID.html}. Pages
 * whose main content is missing or blank cannot be scored and are skipped (and counted).
 *
 * <p>Quality is averaged per page (see {@link WordOverlap}). Speed: all pages are held in memory
 * as bytes; each round parses every page with a bare {@code Jsoup.parse} and extracts every page
 * with {@link ArticleExtractor#extract(byte[], String, URI)} (which decodes and parses too), the
 * two alternating which goes first; the first rounds warm the JVM up and are not counted. Prints
 * nothing: callers (the {@code presswatch bench extract} command, tests) report the result.
 */
public final class ExtractionBenchmark {
    public static final int DEFAULT_WARMUP_ROUNDS = 2;
    public static final int DEFAULT_MEASURED_ROUNDS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One page's score. */
    public record PageScore(String id, URI url, WordOverlap.Score score) {}

    /**
     * Extraction quality, averaged over the scored pages.
     *
     * @param pages pages scored
     * @param skipped pages without expected main content, not scored
     * @param perPage every scored page, in id order
     */
    public record Quality(int pages, int skipped, double f1, double precision, double recall, List<PageScore> perPage) {
        public Quality {
            perPage = List.copyOf(perPage);
        }
    }

    /**
     * Throughput over the measured rounds.
     *
     * @param extractPagesPerSecond pages decoded, parsed and extracted per second
     * @param parsePagesPerSecond pages parsed by a bare {@code Jsoup.parse} per second
     * @param costRatio extraction time over bare parse time for the same pages: how many parses an extraction costs
     */
    public record Speed(int pages, int rounds, double extractPagesPerSecond, double parsePagesPerSecond, double costRatio) {}

    /** Quality and speed from one run. */
    public record Result(Quality quality, Speed speed) {}

    private record Page(String id, URI url, byte[] html, String expected) {}

    private final ArticleExtractor extractor;
    private final int warmupRounds;
    private final int measuredRounds;

    /** The default extractor, {@value #DEFAULT_WARMUP_ROUNDS} warm-up and {@value #DEFAULT_MEASURED_ROUNDS} measured rounds. */
    public ExtractionBenchmark() {
        this(new ArticleExtractor(), DEFAULT_WARMUP_ROUNDS, DEFAULT_MEASURED_ROUNDS);
    }

    public ExtractionBenchmark(ArticleExtractor extractor, int warmupRounds, int measuredRounds) {
        if (extractor == null) {
            throw new IllegalArgumentException("extractor must not be null");
        }
        if (warmupRounds < 0 || measuredRounds < 1) {
            throw new IllegalArgumentException("need warmupRounds >= 0 and measuredRounds >= 1, got "
                    + warmupRounds + " and " + measuredRounds);
        }
        this.extractor = extractor;
        this.warmupRounds = warmupRounds;
        this.measuredRounds = measuredRounds;
    }

    /** Scores and times the extractor on the corpus in {@code dir}. */
    public Result run(Path dir) throws IOException {
        Loaded corpus = load(dir);
        Quality quality = score(corpus);
        return new Result(quality, time(corpus.pages()));
    }

    /** Scores the extractor on the corpus in {@code dir}, without timing it. */
    public Quality quality(Path dir) throws IOException {
        return score(load(dir));
    }

    private record Loaded(List<Page> pages, int skipped) {}

    private Quality score(Loaded corpus) {
        List<PageScore> scores = new ArrayList<>();
        double f1 = 0;
        double precision = 0;
        double recall = 0;
        for (Page page : corpus.pages()) {
            WordOverlap.Score s = WordOverlap.score(extractText(page), page.expected());
            scores.add(new PageScore(page.id(), page.url(), s));
            f1 += s.f1();
            precision += s.precision();
            recall += s.recall();
        }
        int n = Math.max(1, scores.size());
        return new Quality(scores.size(), corpus.skipped(), f1 / n, precision / n, recall / n, scores);
    }

    private String extractText(Page page) {
        try {
            return extractor.extract(page.html(), null, page.url()).text();
        } catch (IOException undecodable) {
            return "";
        }
    }

    private Speed time(List<Page> pages) {
        SideBySide.Timing t = SideBySide.time(warmupRounds, measuredRounds, () -> extractAll(pages), () -> parseAll(pages));
        double pagesTimed = (double) pages.size() * measuredRounds;
        return new Speed(pages.size(), measuredRounds, pagesTimed / (t.oursNanos() / 1e9), pagesTimed / (t.bareNanos() / 1e9),
                t.costRatio());
    }

    private static long parseAll(List<Page> pages) {
        long sink = 0;
        for (Page page : pages) {
            try {
                sink += Jsoup.parse(new ByteArrayInputStream(page.html()), null, page.url().toString()).childNodeSize();
            } catch (IOException e) {
                sink--;
            }
        }
        return sink;
    }

    private long extractAll(List<Page> pages) {
        long sink = 0;
        for (Page page : pages) {
            sink += extractText(page).length();
        }
        return sink;
    }

    private static Loaded load(Path dir) throws IOException {
        Path truths = dir.resolve("ground-truth");
        Path html = dir.resolve("html");
        if (!Files.isDirectory(truths) || !Files.isDirectory(html)) {
            throw new IllegalArgumentException(dir + " is not a WCXB-style corpus: it needs the folders ground-truth/ and html/");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(truths)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<Page> pages = new ArrayList<>();
        int skipped = 0;
        for (Path file : files) {
            String id = file.getFileName().toString().replaceFirst("\\.json$", "");
            JsonNode truth = JSON.readTree(file.toFile());
            String expected = truth.path("ground_truth").path("main_content").asText("");
            if (expected.isBlank()) {
                skipped++;
                continue;
            }
            pages.add(new Page(id, pageUrl(truth.path("url").asText(""), id), readPage(html, id), expected));
        }
        return new Loaded(pages, skipped);
    }

    /** The page's URL, or a stand-in when the ground truth has none or an unusable one. */
    private static URI pageUrl(String url, String id) {
        try {
            if (!url.isBlank()) {
                return URI.create(url.strip());
            }
        } catch (IllegalArgumentException malformed) {
            // fall through to the stand-in: the URL only serves dates and canonical links, not the text
        }
        return URI.create("https://wcxb.invalid/" + id);
    }

    private static byte[] readPage(Path html, String id) throws IOException {
        Path gz = html.resolve(id + ".html.gz");
        if (Files.exists(gz)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                return in.readAllBytes();
            }
        }
        Path plain = html.resolve(id + ".html");
        if (Files.exists(plain)) {
            return Files.readAllBytes(plain);
        }
        throw new NoSuchFileException(gz.toString(), null, "no page for ground truth " + id);
    }
}
