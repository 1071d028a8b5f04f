package org.presswatch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.flink.api.common.JobID;
import org.presswatch.api.runtime.PresswatchRuntime;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Source;
import org.presswatch.ingest.fetch.CrawlPolicy;
import org.presswatch.ingest.fetch.HttpFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Submit the crawling and analysis job to a Flink cluster and leave it running there; serve the API with "
                + "presswatch serve --flink on the same settings, or from any machine that reaches the Elasticsearch index.",
                "Gửi tác vụ thu thập và phân tích lên một cụm Flink và để nó chạy tại đó."})
final class SubmitCommand implements Callable<Integer> {
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
        JobID job = PresswatchRuntime.submit(config, list, HttpFetcher.Settings.from(config.crawler()), CrawlPolicy.from(config.crawler()));
        System.out.printf("presswatch job %s submitted to the Flink cluster at %s: %d sources, indexing into %s%n",
                job, config.pipeline().flink(), list.size(), config.index().elasticsearch().url());
        return 0;
    }
}
