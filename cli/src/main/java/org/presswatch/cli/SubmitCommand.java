package org.presswatch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.flink.api.common.JobID;
import org.presswatch.api.runtime.PresswatchRuntime;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Submit the crawling and analysis job to a Flink cluster and leave it running there; serve the API with "
                + "presswatch serve --flink on the same settings, or from any machine that reaches the Elasticsearch index.",
                "Gửi tác vụ thu thập và phân tích lên một cụm Flink và để nó chạy tại đó."})
final class SubmitCommand implements Callable<Integer> {
    @Mixin
    JobOptions job;

    @Override
    public Integer call() throws Exception {
        PresswatchConfig config = job.load();
        List<Source> list = job.sources(config);
        JobID submitted = PresswatchRuntime.submit(config, list);
        System.out.printf("presswatch job %s submitted to the Flink cluster at %s: %d sources, indexing into %s%n",
                submitted, config.pipeline().flink(), list.size(), config.index().elasticsearch().url());
        return 0;
    }
}
