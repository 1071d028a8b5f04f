package org.presswatch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.presswatch.api.runtime.PresswatchRuntime;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Source;
import org.presswatch.ingest.fetch.CrawlPolicy;
import org.presswatch.ingest.fetch.HttpFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run presswatch: crawl the sources of the registry, analyze and index every article, and serve the HTTP API.",
                "Chạy presswatch: thu thập tin từ các nguồn đã đăng ký, phân tích, lập chỉ mục và phục vụ API."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Mixin
    SourcesOption sources;

    @Mixin
    FlinkOption flink;

    @Override
    public Integer call() throws Exception {
        PresswatchConfig config = flink.apply(options.loader()).load();
        List<Source> list = sources.read(config);
        PresswatchRuntime runtime = PresswatchRuntime.start(config, list, HttpFetcher.Settings.from(config.crawler()),
                CrawlPolicy.from(config.crawler()));
        System.out.printf("presswatch serving %d sources from %s%n  api   http://%s:%d/api/v1/articles%n  data  %s%n  job   %s%n"
                        + "Press Ctrl-C to stop.%n",
                list.size(), sources.registry(config), config.api().host(), runtime.apiPort(), config.data().dir(),
                config.pipeline().remote() ? "on the Flink cluster at " + config.pipeline().flink() : "embedded");
        Foreground.runUntilStopped(runtime);
        return 0;
    }
}
