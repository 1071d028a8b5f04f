package org.presswatch.cli;

import org.presswatch.core.config.ConfigLoader;
import picocli.CommandLine.Option;

/** The {@code --flink} option of the commands that can run the job on a Flink cluster. */
final class FlinkOption {
    @Option(names = "--flink", paramLabel = "HOST:PORT",
            description = "Run the job on this Flink cluster (its REST endpoint) instead of inside presswatch (pipeline.flink); "
                    + "the index must then be Elasticsearch.")
    String flink;

    ConfigLoader apply(ConfigLoader loader) {
        return flink == null ? loader : loader.override("pipeline.flink", flink);
    }
}
