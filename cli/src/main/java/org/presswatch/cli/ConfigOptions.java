package org.presswatch.cli;

import java.nio.file.Path;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.PresswatchConfig;
import picocli.CommandLine.Option;

/** The options every command that reads the configuration shares. */
public final class ConfigOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Your settings (YAML). Only the keys you change; see presswatch-defaults.yaml for all of them.")
    Path config;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "Port of the HTTP API (api.port).")
    Integer port;

    @Option(names = "--data", paramLabel = "DIR", description = "Where presswatch keeps its index and state (data.dir).")
    Path data;

    public PresswatchConfig load() {
        return loader().load();
    }

    /** The loader with these options applied, for a command to add its own before loading. */
    public ConfigLoader loader() {
        ConfigLoader loader = new ConfigLoader().file(config).environment(System.getenv());
        if (port != null) {
            loader.override("api.port", port);
        }
        if (data != null) {
            loader.override("data.dir", data.toString());
        }
        return loader;
    }
}
