package org.presswatch.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.presswatch.core.config.ConfigException;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.config.SourceRegistry;
import org.presswatch.core.model.Source;
import org.presswatch.ingest.crawl.FeedState;
import org.presswatch.ingest.crawl.FeedStateStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sources", mixinStandardHelpOptions = true,
        description = {"The sources of the registry.", "Các nguồn tin đã đăng ký."},
        subcommands = SourcesCommand.Status.class)
final class SourcesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: status");
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"Print every source's health: last success, last error, items per day, next poll.",
                    "In tình trạng từng nguồn: lần thu thập thành công gần nhất, lỗi gần nhất, số bài mỗi ngày, lần thu thập kế tiếp."})
    static final class Status implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Option(names = "--sources", paramLabel = "FILE", description = "The sources registry (sources.file).")
        Path sources;

        @Override
        public Integer call() {
            PresswatchConfig config = options.load();
            Path registry = sources != null ? sources : config.sources().file();
            if (!Files.isRegularFile(registry)) {
                throw new ConfigException("sources registry " + registry + " not found; pass --sources FILE");
            }
            List<Source> list = SourceRegistry.read(registry, config.sources().defaultPollInterval());
            Map<String, FeedState> states = new FeedStateStore(config.layout().crawlState()).loadAll().stream()
                    .collect(Collectors.toMap(FeedState::sourceId, Function.identity()));
            print(list, states, Instant.now(), System.out);
            return 0;
        }
    }

    /** One line per source, in registry order, never-polled sources included. */
    static void print(List<Source> sources, Map<String, FeedState> states, Instant now, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"SOURCE", "LAST SUCCESS", "FAILURES", "ITEMS/DAY", "NEXT POLL", "LAST ERROR"});
        for (Source s : sources) {
            FeedState st = states.get(s.id());
            rows.add(st == null
                    ? new String[] {s.id(), "never polled", "-", "-", "-", ""}
                    : new String[] {s.id(), ago(st.lastSuccess(), now), String.valueOf(st.consecutiveFailures()),
                            String.valueOf(st.itemsPerDay(now)), in(st.nextPoll(), now), st.lastError() == null ? "" : st.lastError()});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length - 1; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i < row.length - 1 ? String.format("%-" + widths[i] + "s  ", row[i]) : row[i]);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String ago(Instant t, Instant now) {
        return t == null ? "never" : human(Duration.between(t, now)) + " ago";
    }

    private static String in(Instant t, Instant now) {
        Duration d = Duration.between(now, t);
        return d.isNegative() || d.isZero() ? "due" : "in " + human(d);
    }

    private static String human(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 120) {
            return s + "s";
        } else if (s < 7200) {
            return s / 60 + "m";
        } else if (s < 172_800) {
            return s / 3600 + "h";
        }
        return s / 86_400 + "d";
    }
}
