package org.presswatch.analysis.topic.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where an office's own topic classifier and training examples live in the data folder, and
 * which classifier the analysis uses: the one {@code presswatch train} wrote there
 * ({@code models/topics.bin}), else the built-in one. Officers' corrections are JSON Lines of
 * labelled articles under {@code training/}; {@code presswatch train} adds them to the built-in
 * corpus.
 */
public final class TopicModelFiles {
    private TopicModelFiles() {}

    /** The office's trained classifier, which may not exist yet. */
    public static Path officeModel(Path dataDir) {
        return dataDir.resolve("models").resolve("topics.bin");
    }

    /** The folder of the office's own labelled articles ({@code *.jsonl}). */
    public static Path corrections(Path dataDir) {
        return dataDir.resolve("training");
    }

    /** The office's classifier when there is one, else the built-in one. */
    public static TopicClassifier load(Path dataDir) throws IOException {
        Path office = officeModel(dataDir);
        return Files.isRegularFile(office) ? TopicClassifier.read(office) : BuiltInTopicModel.get();
    }

    /** Says which classifier {@link #load} picks, for logs and command output. */
    public static String describe(Path dataDir) {
        Path office = officeModel(dataDir);
        return Files.isRegularFile(office) ? "the office's topic model " + office : "the built-in topic model";
    }
}
