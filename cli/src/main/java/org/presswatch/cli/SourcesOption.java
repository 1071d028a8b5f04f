package org.presswatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.presswatch.core.config.ConfigException;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.config.SourceRegistry;
import org.presswatch.core.model.Source;
import picocli.CommandLine.Option;

/** The {@code --sources} option of the commands that crawl, and the registry it names. */
final class SourcesOption {
    @Option(names = "--sources", paramLabel = "FILE", description = "The sources registry (sources.file).")
    Path sources;

    Path registry(PresswatchConfig config) {
        return sources != null ? sources : config.sources().file();
    }

    List<Source> read(PresswatchConfig config) throws IOException {
        Path registry = registry(config);
        if (!Files.isRegularFile(registry)) {
            throw new ConfigException("sources registry " + registry + " not found; write one (see sources.yaml in the repository) "
                    + "or pass --sources FILE");
        }
        return SourceRegistry.read(registry, config.sources().defaultPollInterval());
    }
}
