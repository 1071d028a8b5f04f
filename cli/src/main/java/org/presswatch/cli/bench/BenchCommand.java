package org.presswatch.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure presswatch's stages on real data, beside the bare libraries in the same run.",
                "Đo hiệu năng và chất lượng các khâu xử lý trên dữ liệu thật."},
        subcommands = {BenchExtractCommand.class, BenchAnalyzeCommand.class, BenchMatchCommand.class, BenchIndexCommand.class,
                BenchRankingCommand.class, BenchPipelineCommand.class, BenchFreshnessCommand.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a benchmark is required: extract, analyze, match, index, ranking, pipeline or freshness");
    }

    /** The folder a benchmark builds its indexes in: {@code name} in {@code dir} when given, else a new temporary one. */
    static Path workFolder(Path dir, String name) throws java.io.IOException {
        return dir != null ? Files.createDirectories(dir).resolve(name) : Files.createTempDirectory(name);
    }
}
