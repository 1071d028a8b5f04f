package org.presswatch.api.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.presswatch.core.model.Source;
import org.presswatch.demo.Newsroom;

/** presswatch's settings for crawling a demo newsroom on this machine, as the tests that serve it write them. */
public final class NewsroomSettings {
    private NewsroomSettings() {}

    /**
     * A configuration file for presswatch on the newsroom, under {@code dir}: data in
     * {@code dir/data}, any free port, checkpoints every second, the newsroom as the crawler's
     * proxy, and the given lines of the {@code index:} section.
     */
    public static Path write(Path dir, Newsroom newsroom, String indexSettings) throws IOException {
        Path registry = dir.resolve("sources.yaml");
        Files.writeString(registry, registryOf(newsroom.sources(Duration.ofSeconds(1))));
        Path config = dir.resolve("presswatch.yaml");
        Files.writeString(config, """
                data:
                  dir: %s
                api:
                  port: 0
                sources:
                  file: %s
                crawler:
                  proxy: 127.0.0.1:%d
                  allowed-hosts: ["*.example"]
                  min-host-delay: 20ms
                pipeline:
                  checkpoint-interval: 1s
                index:
                %s""".formatted(dir.resolve("data"), registry, newsroom.address().getPort(), indexSettings));
        return config;
    }

    /** The URLs of every article the newsroom has published so far. */
    public static Set<String> urlsOf(Newsroom newsroom) {
        return newsroom.published().stream().map(r -> r.article().url()).collect(Collectors.toSet());
    }

    private static String registryOf(List<Source> sources) {
        StringBuilder yaml = new StringBuilder("sources:\n");
        for (Source s : sources) {
            yaml.append("  - id: ").append(s.id()).append('\n')
                    .append("    name: \"").append(s.name().replace("\"", "\\\"")).append("\"\n")
                    .append("    homepage: ").append(s.homepage()).append('\n')
                    .append("    feeds: [").append(s.feeds().get(0)).append("]\n")
                    .append("    country: ").append(s.country()).append('\n')
                    .append("    languages: [").append(String.join(", ", s.languages())).append("]\n")
                    .append("    poll-interval: 1s\n");
        }
        return yaml.toString();
    }
}
