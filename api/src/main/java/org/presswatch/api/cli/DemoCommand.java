package org.presswatch.api.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.presswatch.api.runtime.PresswatchRuntime;
import org.presswatch.core.config.Durations;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.demo.Newsroom;
import org.presswatch.demo.NewsroomEpoch;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.ingest.fetch.CrawlPolicy;
import org.presswatch.ingest.fetch.HttpFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run presswatch offline against a built-in demo newsroom: 17 fictional outlets in Vietnamese, English, "
                + "French and Chinese that keep publishing while the demo runs.",
                "Chạy thử presswatch không cần mạng, với một tòa soạn mô phỏng gồm 17 trang tin hư cấu liên tục đăng bài mới."})
final class DemoCommand implements Callable<Integer> {
    private static final java.time.Duration NEWSROOM_HOST_DELAY = java.time.Duration.ofMillis(50);

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        PresswatchConfig config = options.load();
        PresswatchConfig.Demo demo = config.demo();
        Instant epoch = NewsroomEpoch.loadOrCreate(config.data().dir(), Instant.now());
        Newsroom newsroom = Newsroom.start(Corpus.load(), demo.newsroomPort(), epoch, demo.backlogShare(), demo.releaseInterval(),
                Clock.systemUTC());
        PresswatchRuntime runtime;
        try {
            HttpFetcher.Settings fetch = HttpFetcher.Settings.from(config.crawler()).withProxy(newsroom.address());
            // the newsroom is ours and on this machine: its outlets' hosts are allowed, and need little courtesy
            CrawlPolicy policy = CrawlPolicy.from(config.crawler())
                    .allowingHosts(newsroom.outlets().stream().map(o -> o.domain()).toList())
                    .withMinHostDelay(NEWSROOM_HOST_DELAY);
            runtime = PresswatchRuntime.start(config, newsroom.sources(demo.pollInterval()), fetch, policy);
        } catch (Exception e) {
            newsroom.close();
            throw e;
        }
        String api = "http://" + config.api().host() + ":" + runtime.apiPort() + "/api/v1/articles";
        System.out.printf("presswatch demo%n"
                        + "  newsroom  %d fictional outlets, %d of %d articles published, one more every %s (HTTP proxy %s:%d)%n"
                        + "  api       %s?q=%s%n"
                        + "            %s?province=48&topic=sovereignty%n"
                        + "  data      %s%n"
                        + "Articles appear within seconds. Press Ctrl-C to stop.%n",
                newsroom.outlets().size(), newsroom.published().size(), newsroom.schedule().all().size(),
                Durations.format(demo.releaseInterval()), newsroom.address().getHostString(), newsroom.address().getPort(),
                api, URLEncoder.encode("biển đông", StandardCharsets.UTF_8), api, config.data().dir());
        Foreground.runUntilStopped(runtime, newsroom);
        return 0;
    }
}
