package org.presswatch.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.presswatch.analysis.gazetteer.Gazetteer;
import org.presswatch.analysis.topic.model.BuiltInTopicModel;
import org.presswatch.analysis.topic.model.TopicClassifier;
import org.presswatch.core.config.DataLayout;

/**
 * What an office adds to the built-in analysis, from its data folder: the topic classifier that
 * {@code presswatch train} saved ({@link DataLayout#topicModel()}) and its own places
 * ({@link DataLayout#gazetteer()}, in the built-in gazetteer's format). Held as bytes, read once,
 * so that the Flink job carries the same files to every task manager. Either may be absent: the
 * built-in one serves.
 *
 * @param topicModel the office's classifier as saved, or null
 * @param gazetteer the office's gazetteer additions, or null
 */
public record OfficeFiles(byte[] topicModel, byte[] gazetteer) implements Serializable {
    /** No office files: the built-in model and gazetteer. */
    public static final OfficeFiles NONE = new OfficeFiles(null, null);

    public OfficeFiles {
        topicModel = topicModel == null ? null : topicModel.clone();
        gazetteer = gazetteer == null ? null : gazetteer.clone();
    }

    /** The files the data folder holds. */
    public static OfficeFiles read(DataLayout layout) throws IOException {
        return new OfficeFiles(readIfPresent(layout.topicModel()), readIfPresent(layout.gazetteer()));
    }

    private static byte[] readIfPresent(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    }

    TopicClassifier topicClassifier() throws IOException {
        return topicModel == null ? BuiltInTopicModel.get() : TopicClassifier.read(new ByteArrayInputStream(topicModel), "the office's topic model");
    }

    Gazetteer places() throws IOException {
        return gazetteer == null ? Gazetteer.load() : Gazetteer.load(new ByteArrayInputStream(gazetteer), "the office's gazetteer.yaml");
    }

    /** Which model and gazetteer the analysis uses, for logs and command output. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(topicModel == null ? "the built-in topic model" : "the office's topic model");
        parts.add(gazetteer == null ? "the built-in gazetteer" : "the office's gazetteer additions");
        return String.join(" and ", parts);
    }
}
