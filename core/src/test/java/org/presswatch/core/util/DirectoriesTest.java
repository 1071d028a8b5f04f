package org.presswatch.core.util;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoriesTest {
    @TempDir
    Path dir;

    @Test
    void deletesATreeAndIgnoresAMissingOne() throws Exception {
        Path root = dir.resolve("root");
        Files.createDirectories(root.resolve("a/b/c"));
        Files.writeString(root.resolve("a/b/c/file"), "x");
        Files.writeString(root.resolve("top"), "y");
        Directories.deleteTree(root);
        assertFalse(Files.exists(root));
        Directories.deleteTree(root);
    }

    @Test
    void filesVanishingMeanwhileAreTakenAsDeleted() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            for (int round = 0; round < 20; round++) {
                Path root = dir.resolve("round-" + round);
                for (int i = 0; i < 200; i++) {
                    Files.createDirectories(root.resolve("d" + i % 20)).resolve("f" + i).toFile().createNewFile();
                }
                Future<?> racing = other.submit(() -> {
                    Directories.deleteTree(root);
                    return null;
                });
                Directories.deleteTree(root);
                racing.get();
                assertFalse(Files.exists(root), "round " + round);
            }
        } finally {
            other.shutdownNow();
        }
    }
}
