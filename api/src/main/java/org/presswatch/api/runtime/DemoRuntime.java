package org.presswatch.api.runtime;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.demo.Newsroom;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.ingest.fetch.CrawlPolicy;
import org.presswatch.ingest.fetch.HttpFetcher;
import org.presswatch.office.Office;

/**
 * presswatch running on the demo newsroom, as {@code presswatch demo} runs it: the newsroom on
 * this machine, reached as an HTTP proxy, and presswatch crawling its outlets, with the demo
 * office ({@link DemoOffice}): its rebuttal library in an empty library, so articles are matched
 * to documented claims, and its accounts.
 * Closing stops presswatch, then the newsroom.
 */
public final class DemoRuntime implements AutoCloseable {
    /** Spike counting on the newsroom's compressed time, unless the user's settings say otherwise. */
    private static final Map<String, String> COMPRESSED_TIME = Map.of(
            "alerts.spike.window", "5m", "alerts.spike.lateness", "1m", "alerts.spike.min-history", "0s");
    private static final Duration NEWSROOM_HOST_DELAY = Duration.ofMillis(50);

    private final Newsroom newsroom;
    private final PresswatchRuntime runtime;

    private DemoRuntime(Newsroom newsroom, PresswatchRuntime runtime) {
        this.newsroom = newsroom;
        this.runtime = runtime;
    }

    /** Adds the demo's own defaults (its compressed time) to the loader, below the user's settings. */
    public static ConfigLoader withDemoDefaults(ConfigLoader loader) {
        COMPRESSED_TIME.forEach((path, value) -> loader.commandDefault("presswatch demo", path, value));
        return loader;
    }

    /**
     * @param epoch when the newsroom's backlog ends and its live releases begin
     * @param clock the newsroom's clock
     */
    public static DemoRuntime start(PresswatchConfig config, Instant epoch, Clock clock) throws Exception {
        Files.createDirectories(config.layout().dir());
        try (Office office = Office.open(config, clock)) {
            DemoOffice.stock(office, config.layout());
        }
        PresswatchConfig.Demo demo = config.demo();
        Newsroom newsroom = Newsroom.start(Corpus.load(), demo.newsroomPort(), epoch, demo.backlogShare(), demo.releaseInterval(),
                demo.spike() ? demo.spikeAfter() : null, demo.spikeInterval(), clock);
        try {
            HttpFetcher.Settings fetch = HttpFetcher.Settings.from(config.crawler()).withProxy(newsroom.address());
            // the newsroom is ours and on this machine: its outlets' hosts are allowed, and need little courtesy
            CrawlPolicy policy = CrawlPolicy.from(config.crawler())
                    .allowingHosts(newsroom.outlets().stream().map(o -> o.domain()).toList())
                    .withMinHostDelay(NEWSROOM_HOST_DELAY);
            return new DemoRuntime(newsroom, PresswatchRuntime.start(config, newsroom.sources(demo.pollInterval()), fetch, policy));
        } catch (Exception e) {
            newsroom.close();
            throw e;
        }
    }

    public Newsroom newsroom() {
        return newsroom;
    }

    public PresswatchRuntime presswatch() {
        return runtime;
    }

    @Override
    public void close() throws Exception {
        try {
            runtime.close();
        } finally {
            newsroom.close();
        }
    }
}
