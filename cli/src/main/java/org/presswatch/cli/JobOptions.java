package org.presswatch.cli;

import java.io.IOException;
import java.util.List;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Source;
import picocli.CommandLine.Mixin;

/** The options of the commands that run the crawling job: the settings, the sources registry, and where the job runs. */
final class JobOptions {
    @Mixin
    ConfigOptions options;

    @Mixin
    SourcesOption sources;

    @Mixin
    FlinkOption flink;

    PresswatchConfig load() {
        return flink.apply(options.loader()).load();
    }

    List<Source> sources(PresswatchConfig config) throws IOException {
        return sources.read(config);
    }
}
