package org.presswatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.presswatch.ingest.feed.FeedparserCorpus.CorpusFile;

/**
 * Robustness and conformance of {@link FeedParser} on the test suite of the Python feedparser
 * project (third-party data read in place; see {@link FeedparserCorpus}). Skipped, with a message,
 * when the suite is not on this machine.
 *
 * <p>Every file must be parsed, or rejected with a {@link FeedFormatException} whose message names
 * the URL, within one second, and never crash. The simple {@code Expect:} assertions are ported by
 * {@link ExpectExpression}; at least 200 must be ported and 95% of them must pass. The counts go to
 * standard output (target/surefire-reports/*-output.txt under Maven).
 */
class FeedparserCorpusTest {
    private static final Duration PER_FILE = Duration.ofSeconds(1);
    private static final int MIN_PORTED = 200;
    private static final double MIN_PASS_RATE = 0.95;

    private static final String ABSENT = "(feedparser test suite absent)";

    private static final FeedParser PARSER = new FeedParser();
    private static final AtomicInteger FILES = new AtomicInteger();
    private static final AtomicInteger PARSED = new AtomicInteger();
    private static final AtomicInteger REJECTED = new AtomicInteger();
    private static final Queue<String> REJECTIONS = new ConcurrentLinkedQueue<>();

    /** What parsing one file gave: a feed, or the rejection. */
    private record Outcome(ParsedFeed feed, FeedFormatException rejection) {}

    /** The suite's files; when it is absent, one placeholder so that the skip shows with its message. */
    static List<String> files() {
        return FeedparserCorpus.root().isPresent() ? FeedparserCorpus.files() : List.of(ABSENT);
    }

    private static void assumeCorpusIsPresent() {
        assumeTrue(FeedparserCorpus.root().isPresent(),
                () -> "feedparser test suite not found at " + FeedparserCorpus.whereExpected() + ": corpus tests skipped");
    }

    @BeforeAll
    static void warmUp() throws Exception {
        // load Rome's plugins, the XML parser and jsoup once, so that the per-file limit measures parsing
        PARSER.parse("<rss version=\"2.0\"><channel><title>w</title><item><link>http://a.example/</link></item></channel></rss>"
                .getBytes(StandardCharsets.UTF_8), "application/rss+xml", URI.create("http://a.example/feed"));
        PARSER.parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>w &eacute;</title><entry><title>x<br></title></entry></feed"
                .getBytes(StandardCharsets.UTF_8), null, URI.create("http://a.example/feed"));
    }

    @AfterAll
    static void printCounts() {
        if (FILES.get() > 0) {
            System.out.printf("feedparser corpus: %d files, %d parsed, %d rejected with a FeedFormatException%n",
                    FILES.get(), PARSED.get(), REJECTED.get());
            REJECTIONS.stream().sorted().forEach(r -> System.out.println("  rejected " + r));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyFileIsParsedOrRejectedWithAClearErrorWithinOneSecond(String relative) {
        assumeCorpusIsPresent();
        CorpusFile file = FeedparserCorpus.read(relative);
        FILES.incrementAndGet();
        Outcome outcome = assertTimeoutPreemptively(PER_FILE, () -> parse(file), () -> relative + " took more than " + PER_FILE);
        if (outcome.feed() != null) {
            PARSED.incrementAndGet();
        } else {
            REJECTED.incrementAndGet();
            String message = outcome.rejection().getMessage();
            REJECTIONS.add(relative + ": " + message);
            assertTrue(message != null && message.contains(file.url().toString()) && message.length() > file.url().toString().length() + 2,
                    "the rejection must name the URL and say why: " + message);
        }
    }

    private static Outcome parse(CorpusFile file) {
        try {
            return new Outcome(PARSER.parse(file.body(), file.contentType(), file.url()), null);
        } catch (FeedFormatException e) {
            return new Outcome(null, e);
        } catch (RuntimeException | Error e) {
            return fail(file.relative() + " crashed the parser instead of being parsed or rejected: " + e, e);
        }
    }

    /** Tallies of the ported assertions of one group. */
    private static final class Tally {
        int ported;
        int passed;
        final Map<String, Integer> skipped = new TreeMap<>();

        void skip(String reason) {
            skipped.merge(reason, 1, Integer::sum);
        }

        int skippedTotal() {
            return skipped.values().stream().mapToInt(Integer::intValue).sum();
        }

        String line() {
            return String.format("ported %4d, passed %4d (%5.1f%%), skipped %4d", ported, passed,
                    ported == 0 ? 100.0 : 100.0 * passed / ported, skippedTotal());
        }
    }

    @Test
    void simpleExpectAssertionsArePortedAndPass() {
        assumeCorpusIsPresent();
        Map<String, Tally> byCategory = new TreeMap<>();
        Map<String, Tally> byField = new TreeMap<>();
        Tally total = new Tally();
        List<String> failures = new ArrayList<>();
        for (String relative : files()) {
            CorpusFile file = FeedparserCorpus.read(relative);
            Tally category = byCategory.computeIfAbsent(file.category(), k -> new Tally());
            String skip = null;
            ExpectExpression expect = null;
            try {
                expect = ExpectExpression.parse(file.expect());
            } catch (ExpectExpression.Unsupported e) {
                skip = file.expect().isBlank() ? "no Expect" : "unsupported expression";
            }
            if (skip == null && (file.category().equals("json") || file.subcategory().equals("wellformed/cdf"))) {
                skip = "format outside RSS/Atom (JSON Feed, CDF)";
            }
            if (skip == null && expect.entryIndexes().stream().anyMatch(i -> !file.itemHasLink(i))) {
                skip = "entry without a link (presswatch drops it: nothing to fetch)";
            }
            if (skip != null) {
                category.skip(skip);
                total.skip(skip);
                continue;
            }
            Outcome outcome = assertTimeoutPreemptively(PER_FILE, () -> parse(file));
            String why = expect.failure(outcome.feed());
            if (why != null && outcome.rejection() != null) {
                why += ": " + outcome.rejection().getMessage();
            }
            for (Tally tally : List.of(category, total)) {
                tally.ported++;
                tally.passed += why == null ? 1 : 0;
            }
            for (ExpectExpression.Field field : expect.fields()) {
                Tally tally = byField.computeIfAbsent(field.name(), k -> new Tally());
                tally.ported++;
                tally.passed += why == null ? 1 : 0;
            }
            if (why != null) {
                failures.add(relative + "\n      Expect: " + expect + "\n      got:    " + why);
            }
        }
        StringBuilder report = new StringBuilder("feedparser Expect assertions:\n");
        byCategory.forEach((name, t) -> report.append(String.format("  %-12s %s%n", name, t.line())));
        report.append(String.format("  %-12s %s%n", "all", total.line()));
        report.append("  skipped because:\n");
        total.skipped.forEach((reason, n) -> report.append(String.format("    %5d %s%n", n, reason)));
        report.append("  by what they assert:\n");
        byField.forEach((name, t) -> report.append(String.format("    %-14s ported %4d, passed %4d%n", name, t.ported, t.passed)));
        report.append("  failures (").append(failures.size()).append("):\n");
        failures.forEach(f -> report.append("    ").append(f).append('\n'));
        System.out.print(report);

        assertTrue(total.ported >= MIN_PORTED, "at least " + MIN_PORTED + " assertions must be ported, got " + total.ported + "\n" + report);
        double rate = (double) total.passed / total.ported;
        assertFalse(rate < MIN_PASS_RATE, String.format("pass rate %.1f%% is below %.0f%%%n%s", 100 * rate, 100 * MIN_PASS_RATE, report));
    }
}
