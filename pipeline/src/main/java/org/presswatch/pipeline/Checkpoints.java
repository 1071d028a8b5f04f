package org.presswatch.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.presswatch.core.util.Directories;

/**
 * The checkpoints the embedded job keeps under the data directory: Flink writes
 * {@code <dir>/<job id>/chk-<n>/_metadata}; the newest complete one is where a restarted job
 * resumes.
 */
final class Checkpoints {
    private Checkpoints() {}

    /** The newest checkpoint with its metadata written, if any. */
    static Optional<Path> latest(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> jobs = Files.list(directory)) {
            return jobs.filter(Files::isDirectory)
                    .flatMap(Checkpoints::completed)
                    .max(Comparator.comparing(Checkpoints::modified));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the checkpoints in " + directory, e);
        }
    }

    /** Removes the folders of earlier jobs, except the one holding {@code keep}. */
    static void removeAllBut(Path directory, Path keep) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        Path keepJob = keep == null ? null : keep.getParent();
        try (Stream<Path> jobs = Files.list(directory)) {
            for (Path job : jobs.filter(Files::isDirectory).toList()) {
                if (!job.equals(keepJob)) {
                    Directories.deleteTree(job);
                }
            }
        }
    }

    private static Stream<Path> completed(Path job) {
        try (Stream<Path> children = Files.list(job)) {
            return children.filter(c -> c.getFileName().toString().startsWith("chk-") && Files.isRegularFile(c.resolve("_metadata")))
                    .toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static long modified(Path checkpoint) {
        try {
            return Files.getLastModifiedTime(checkpoint.resolve("_metadata")).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
