package org.presswatch.cli.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.presswatch.api.runtime.DemoRuntime;
import org.presswatch.bench.freshness.FreshnessBenchmark;
import org.presswatch.cli.ConfigOptions;
import org.presswatch.core.config.ConfigException;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.Durations;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.util.Directories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "freshness", mixinStandardHelpOptions = true,
        description = {"Run the demo (newsroom, crawl, job, index, alerts) on the wall clock: time every item published after the "
                + "backlog from its publication to being searchable, and the newsroom's surge to its spike alert.",
                "Đo độ trễ từ khi bài được đăng đến khi tìm thấy được, và từ đợt tăng đột biến đến cảnh báo."})
final class BenchFreshnessCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--items", paramLabel = "N", defaultValue = "40", description = "Items timed (default: ${DEFAULT-VALUE}).")
    int items;

    @Override
    public Integer call() throws Exception {
        if (items < 1) {
            throw new ConfigException("--items must be at least 1");
        }
        Path work = BenchCommand.workFolder(null, "presswatch-bench-freshness");
        try {
            ConfigLoader loader = DemoRuntime.withDemoDefaults(options.loader()).override("data.dir", work.toString())
                    .override("api.port", 0);
            PresswatchConfig config = loader.load();
            System.out.printf("bench freshness: the demo newsroom publishes one item every %s, polled every %s; the surge "
                            + "%s after the start; checkpoints every %s%n", Durations.format(config.demo().releaseInterval()),
                    Durations.format(config.demo().pollInterval()), Durations.format(config.demo().spikeAfter()),
                    Durations.format(config.pipeline().checkpointInterval()));
            FreshnessBenchmark.Report r = FreshnessBenchmark.run(config, items, System.out);
            System.out.printf("searchable  %d items: p50 %.1f s, p95 %.1f s, max %.1f s; %d of %d (%.0f%%) within %s "
                            + "(the checkpoint interval + 5 s)%n", r.searchable().size(), seconds(r.percentile(0.5)),
                    seconds(r.percentile(0.95)), seconds(r.percentile(1.0)), r.within(), r.searchable().size(),
                    100.0 * r.within() / r.searchable().size(), Durations.format(r.bound()));
            System.out.printf("surge       %d spike alert(s) on Lạng Sơn and the border%s%n", r.spikeAlerts().size(),
                    r.spikeDelay() == null ? "" : String.format(", the first %.1f s after the article that completed it",
                            seconds(r.spikeDelay())));
            System.out.printf("others      %s%n", r.otherAlerts().isEmpty() ? "no other alert" : r.otherAlerts());
        } finally {
            Directories.deleteTree(work);
        }
        return 0;
    }

    private static double seconds(java.time.Duration d) {
        return d.toMillis() / 1000.0;
    }
}
