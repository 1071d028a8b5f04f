package org.presswatch.api.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.config.SourceRegistry;
import org.presswatch.core.model.Source;
import org.presswatch.core.testing.ManualClock;
import org.presswatch.demo.Newsroom;
import org.presswatch.demo.corpus.Corpus;

/**
 * presswatch serving the demo newsroom with the job on its embedded MiniCluster: the job's own
 * metrics (articles fetched, extracted, indexed per source, each source's feed lag) are on the
 * API's {@code /metrics}, through the Flink reporter the runtime configures.
 */
class EmbeddedJobMetricsTest {
    private static final Pattern SAMPLE = Pattern.compile("^(presswatch_[a-z_]+)\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @Test
    void theJobsMetricsAreOnTheApisMetrics() throws Exception {
        ManualClock clock = new ManualClock(Instant.now());
        try (Newsroom newsroom = Newsroom.start(Corpus.load(), 0, clock.instant(), 0.1, Duration.ofMinutes(1), clock)) {
            PresswatchConfig settings = new ConfigLoader().file(NewsroomSettings.write(dir, newsroom, "  refresh-interval: 100ms\n")).load();
            List<Source> sources = SourceRegistry.read(settings.sources().file(), settings.sources().defaultPollInterval());
            int published = newsroom.published().size();
            try (PresswatchRuntime runtime = PresswatchRuntime.start(settings, sources)) {
                HttpClient http = HttpClient.newHttpClient();
                HttpRequest scrape = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + runtime.apiPort() + "/metrics")).build();
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                String metrics;
                do {
                    Thread.sleep(200);
                    HttpResponse<String> response = http.send(scrape, HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, response.statusCode(), response.body());
                    metrics = response.body();
                } while (sum(metrics, "presswatch_articles_indexed_total") < published && System.nanoTime() < deadline);
                assertEquals(published, runtime.indexedArticles(), "articles indexed");
                assertTrue(sum(metrics, "presswatch_articles_indexed_total") >= published, metrics);
                assertTrue(sum(metrics, "presswatch_articles_fetched_total") >= published, metrics);
                assertTrue(sum(metrics, "presswatch_articles_extracted_total") >= published, metrics);
                for (Source source : sources) {
                    assertTrue(metrics.contains("presswatch_feed_lag_seconds{source=\"" + source.id() + "\"}"), "the lag of " + source.id());
                }
                assertTrue(metrics.contains("presswatch_articles_indexed_total{source=\""), metrics);
            }
        }
    }

    /** The sum of a metric's samples over its labels. */
    private static double sum(String metrics, String name) {
        double sum = 0;
        Matcher sample = SAMPLE.matcher(metrics);
        while (sample.find()) {
            if (sample.group(1).equals(name)) {
                sum += Double.parseDouble(sample.group(3));
            }
        }
        return sum;
    }
}
