package org.presswatch.analysis.topic.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.presswatch.analysis.labelled.LabelledArticles;

/**
 * The topic classifier shipped in the jar, trained at build time from the built-in training
 * corpus ({@link LabelledArticles#training()}): the build runs {@link #main} after compiling,
 * so the model always matches the corpus in the same commit.
 */
public final class BuiltInTopicModel {
    static final String RESOURCE = "/org/presswatch/analysis/topic/model/topics.bin";
    private static volatile TopicClassifier loaded;

    private BuiltInTopicModel() {}

    /** The built-in classifier, loaded once per JVM. */
    public static TopicClassifier get() {
        TopicClassifier classifier = loaded;
        if (classifier == null) {
            synchronized (BuiltInTopicModel.class) {
                if (loaded == null) {
                    loaded = load();
                }
                classifier = loaded;
            }
        }
        return classifier;
    }

    private static TopicClassifier load() {
        try (InputStream in = BuiltInTopicModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the build trains it after compiling (mvn process-classes)");
            }
            return TopicClassifier.read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in topic classifier " + RESOURCE, e);
        }
    }

    /** Trains the built-in classifier into the class-output folder given as the one argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BuiltInTopicModel <classes directory>");
        }
        Path classes = Path.of(args[0]);
        Path target = classes.resolve(RESOURCE.substring(1));
        if (isNewerThanEverythingElse(target, classes)) {
            System.out.println("[presswatch] the built-in topic classifier is up to date: " + target);
            return;
        }
        TopicClassifier classifier = new TopicClassifierTrainer().train(LabelledArticles.training(), message -> { });
        classifier.write(target);
        System.out.println("[presswatch] trained the built-in topic classifier into " + target);
    }

    /** True when the model exists and no class or corpus file it was trained from has changed since. */
    private static boolean isNewerThanEverythingElse(Path model, Path classes) throws IOException {
        if (!Files.exists(model)) {
            return false;
        }
        FileTime built = Files.getLastModifiedTime(model);
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.equals(model)).allMatch(f -> {
                try {
                    return Files.getLastModifiedTime(f).compareTo(built) < 0;
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }
}
