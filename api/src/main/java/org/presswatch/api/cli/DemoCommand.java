package org.presswatch.api.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.presswatch.api.runtime.DemoRuntime;
import org.presswatch.api.runtime.PresswatchRuntime;
import org.presswatch.core.config.Durations;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.demo.Newsroom;
import org.presswatch.demo.NewsroomEpoch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run presswatch offline against a built-in demo newsroom: 17 fictional outlets in Vietnamese, English, "
                + "French and Chinese that keep publishing while the demo runs.",
                "Chạy thử presswatch không cần mạng, với một tòa soạn mô phỏng gồm 17 trang tin hư cấu liên tục đăng bài mới."})
final class DemoCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        PresswatchConfig config = DemoRuntime.withDemoDefaults(options.loader()).load();
        PresswatchConfig.Demo demo = config.demo();
        DemoRuntime running = DemoRuntime.start(config, NewsroomEpoch.loadOrCreate(config.data().dir(), Instant.now()), Clock.systemUTC());
        Newsroom newsroom = running.newsroom();
        PresswatchRuntime runtime = running.presswatch();
        String api = "http://" + config.api().host() + ":" + runtime.apiPort() + "/api/v1/articles";
        System.out.printf("presswatch demo%n"
                        + "  newsroom  %d fictional outlets, %d of %d articles published, one more every %s (HTTP proxy %s:%d)%n"
                        + "  api       %s?q=%s%n"
                        + "            %s?province=48&topic=sovereignty%n"
                        + "  alerts    http://%s:%d/api/v1/alerts%s%n"
                        + "  data      %s%n"
                        + "Articles appear within seconds. Press Ctrl-C to stop.%n",
                newsroom.outlets().size(), newsroom.published().size(), newsroom.schedule().all().size(),
                Durations.format(demo.releaseInterval()), newsroom.address().getHostString(), newsroom.address().getPort(),
                api, URLEncoder.encode("biển đông", StandardCharsets.UTF_8), api, config.api().host(), runtime.apiPort(),
                demo.spike() ? " (a surge of news from Lạng Sơn comes " + Durations.format(demo.spikeAfter()) + " after the newsroom first opened)" : "",
                config.data().dir());
        Foreground.runUntilStopped(running);
        return 0;
    }
}
