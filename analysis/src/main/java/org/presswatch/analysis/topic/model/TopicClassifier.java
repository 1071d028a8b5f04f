package org.presswatch.analysis.topic.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.MaxentModel;
import org.presswatch.analysis.text.ArticleText;
import org.presswatch.core.model.Topics;

/**
 * The trained half of topic scoring: one OpenNLP document categorizer (maxent) per topic, each
 * telling articles of its topic from all others, and the probability it gives. Saved as one zip
 * holding each topic's OpenNLP model ({@code <topic>.bin}) and a description of the training
 * ({@code training.properties}). Immutable and thread-safe: evaluation allocates per call.
 */
public final class TopicClassifier {
    static final String YES = "yes";
    static final String NO = "no";
    private static final String ABOUT = "training.properties";
    /**
     * What OpenNLP's bag-of-words generator puts before each token: the features are built once
     * per article here and given to every topic's model directly, rather than rebuilt per model.
     */
    static final String BAG_OF_WORDS_PREFIX = "bow=";

    private final Map<String, DoccatModel> models;
    private final Properties about;

    TopicClassifier(Map<String, DoccatModel> models, Properties about) {
        this.models = Map.copyOf(models);
        this.about = about;
    }

    /** The topics this classifier has a model for. */
    public Set<String> topics() {
        return models.keySet();
    }

    /** How it was trained: examples, positives per topic, sources, time. */
    public Properties about() {
        Properties copy = new Properties();
        copy.putAll(about);
        return copy;
    }

    /** The contexts every model evaluates: the article's {@link TopicFeatures}, prefixed as OpenNLP trained them. */
    public static String[] contexts(ArticleText article) {
        return TopicFeatures.of(article, BAG_OF_WORDS_PREFIX);
    }

    /** The probability that an article (given as {@link #contexts}) is of the topic; empty for a topic without a model. */
    public OptionalDouble probability(String topic, String[] contexts) {
        DoccatModel model = models.get(topic);
        if (model == null) {
            return OptionalDouble.empty();
        }
        MaxentModel maxent = model.getMaxentModel();
        return OptionalDouble.of(maxent.eval(contexts)[maxent.getIndex(YES)]);
    }

    public void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(ABOUT));
        about.store(zip, "presswatch topic classifier");
        zip.closeEntry();
        for (Map.Entry<String, DoccatModel> e : models.entrySet()) {
            zip.putNextEntry(new ZipEntry(e.getKey() + ".bin"));
            e.getValue().serialize(new NonClosing(zip));
            zip.closeEntry();
        }
        zip.finish();
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            write(out);
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public static TopicClassifier read(InputStream in, String name) throws IOException {
        Map<String, DoccatModel> models = new LinkedHashMap<>();
        Properties about = new Properties();
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
            byte[] bytes = zip.readAllBytes();
            if (entry.getName().equals(ABOUT)) {
                about.load(new ByteArrayInputStream(bytes));
            } else if (entry.getName().endsWith(".bin")) {
                String topic = entry.getName().substring(0, entry.getName().length() - 4);
                if (Topics.byId(topic).isEmpty()) {
                    throw new IOException(name + " holds a model for an unknown topic '" + topic + "'");
                }
                models.put(topic, new DoccatModel(new ByteArrayInputStream(bytes)));
            }
        }
        if (models.isEmpty()) {
            throw new IOException(name + " is not a presswatch topic classifier: it holds no topic model");
        }
        return new TopicClassifier(models, about);
    }

    public static TopicClassifier read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** OpenNLP closes the stream it serializes to; the zip must stay open for the next entry. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
