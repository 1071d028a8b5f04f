package org.presswatch.api.cli;

import java.nio.file.Path;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.PresswatchConfig;
import picocli.CommandLine.Option;

/** The options every command that reads the configuration shares. */
final class ConfigOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Your settings (YAML). Only the keys you change; see presswatch-defaults.yaml for all of them.")
    Path config;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "Port of the HTTP API (api.port).")
    Integer port;

    @Option(names = "--data", paramLabel = "DIR", description = "Where presswatch keeps its index and state (data.dir).")
    Path data;

    PresswatchConfig load() {
        return load(java.util.Map.of());
    }

    /** @param overrides settings a command's own options give, by key path */
    PresswatchConfig load(java.util.Map<String, Object> overrides) {
        ConfigLoader loader = new ConfigLoader().file(config).environment(System.getenv());
        overrides.forEach(loader::override);
        if (port != null) {
            loader.override("api.port", port);
        }
        if (data != null) {
            loader.override("data.dir", data.toString());
        }
        return loader.load();
    }
}
