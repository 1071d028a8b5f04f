package org.presswatch.api.cli;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import org.presswatch.api.runtime.PresswatchRuntime;
import org.presswatch.core.config.ConfigException;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.config.SourceRegistry;
import org.presswatch.core.model.Source;
import org.presswatch.ingest.fetch.CrawlPolicy;
import org.presswatch.ingest.fetch.HttpFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run presswatch: crawl the sources of the registry, analyze and index every article, and serve the HTTP API.",
                "Chạy presswatch: thu thập tin từ các nguồn đã đăng ký, phân tích, lập chỉ mục và phục vụ API."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--sources", paramLabel = "FILE", description = "The sources registry (sources.file).")
    java.nio.file.Path sources;

    @Override
    public Integer call() throws Exception {
        PresswatchConfig config = options.load();
        java.nio.file.Path registry = sources != null ? sources : config.sources().file();
        if (!Files.isRegularFile(registry)) {
            throw new ConfigException("sources registry " + registry + " not found; write one (see sources.yaml in the repository) "
                    + "or pass --sources FILE");
        }
        List<Source> list = SourceRegistry.read(registry, config.sources().defaultPollInterval());
        PresswatchRuntime runtime = PresswatchRuntime.start(config, list, HttpFetcher.Settings.from(config.crawler()),
                CrawlPolicy.from(config.crawler()));
        System.out.printf("presswatch serving %d sources from %s%n  api   http://%s:%d/api/v1/articles%n  data  %s%n"
                        + "Press Ctrl-C to stop.%n",
                list.size(), registry, config.api().host(), runtime.apiPort(), config.data().dir());
        Foreground.runUntilStopped(runtime);
        return 0;
    }
}
