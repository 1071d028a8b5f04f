package org.presswatch.ingest.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.presswatch.core.json.Json;
import org.presswatch.core.util.Validate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawl state of every source, one JSON file per source in a directory (under the data
 * directory), written atomically so a crash never leaves half a file. A file that cannot be read
 * is logged and treated as absent: the source is then polled as new, which re-reads its feeds but
 * loses nothing. Thread-safe for distinct sources.
 */
public final class FeedStateStore {
    private static final Logger LOG = LoggerFactory.getLogger(FeedStateStore.class);
    private static final String SUFFIX = ".json";

    private final Path directory;

    public FeedStateStore(Path directory) {
        this.directory = Validate.notNull(directory, "directory");
    }

    public Path directory() {
        return directory;
    }

    public Optional<FeedState> load(String sourceId) {
        Path file = fileOf(sourceId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readValue(file.toFile(), FeedState.class));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("crawl state of {} unreadable, the source starts afresh: {}", sourceId, e.getMessage());
            return Optional.empty();
        }
    }

    public void save(FeedState state) {
        try {
            Files.createDirectories(directory);
            Path file = fileOf(state.sourceId());
            Path temp = Files.createTempFile(directory, state.sourceId(), ".tmp");
            Files.write(temp, Json.mapper().writeValueAsBytes(state));
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("crawl state of " + state.sourceId() + " cannot be written as JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the crawl state of " + state.sourceId() + " in " + directory, e);
        }
    }

    /** Every stored state. */
    public List<FeedState> loadAll() {
        List<FeedState> states = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return states;
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                    .forEach(n -> load(n.substring(0, n.length() - SUFFIX.length())).ifPresent(states::add));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the crawl state in " + directory, e);
        }
        return states;
    }

    private Path fileOf(String sourceId) {
        Validate.matches(sourceId, "[a-z0-9][a-z0-9_-]{0,63}", "source id");
        return directory.resolve(sourceId + SUFFIX);
    }
}
