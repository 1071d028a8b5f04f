package org.presswatch.analysis.topic.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.analysis.labelled.LabelledArticle;
import org.presswatch.analysis.labelled.LabelledArticles;
import org.presswatch.analysis.text.ArticleText;

class TopicClassifierTest {
    private static List<LabelledArticle> corpus;
    private static TopicClassifier classifier;

    @BeforeAll
    static void train() throws IOException {
        corpus = LabelledArticles.training();
        classifier = new TopicClassifierTrainer().train(corpus, message -> { });
    }

    private static double[] probabilities(TopicClassifier c, LabelledArticle a) {
        String[] contexts = TopicClassifier.contexts(ArticleText.of(a.title(), a.text()));
        return c.topics().stream().sorted().mapToDouble(t -> c.probability(t, contexts).orElseThrow()).toArray();
    }

    @Test
    void everyTopicWithEnoughExamplesGetsAModelAndTheTrainingIsDescribed() {
        assertEquals(6, classifier.topics().size(), classifier.topics().toString());
        assertEquals(String.valueOf(corpus.size()), classifier.about().getProperty("examples"));
        long sovereign = corpus.stream().filter(a -> a.topics().contains("sovereignty")).count();
        assertEquals(String.valueOf(sovereign), classifier.about().getProperty("positives.sovereignty"));
    }

    @Test
    void aTopicWithTooFewExamplesIsLeftToTheRules() throws IOException {
        List<LabelledArticle> few = new ArrayList<>();
        int religious = 0;
        for (LabelledArticle a : corpus) {
            if (a.topics().contains("religion") && ++religious >= TopicClassifierTrainer.MIN_POSITIVES) {
                continue;
            }
            few.add(a);
        }
        List<String> progress = new ArrayList<>();
        TopicClassifier withoutReligion = new TopicClassifierTrainer().train(few, progress::add);
        assertTrue(!withoutReligion.topics().contains("religion") && withoutReligion.topics().contains("sovereignty"),
                withoutReligion.topics().toString());
        assertEquals(OptionalDouble.empty(), withoutReligion.probability("religion", new String[] {"bow=chua"}));
        assertTrue(progress.stream().anyMatch(m -> m.startsWith("religion") && m.contains("skipped")), progress.toString());
    }

    @Test
    void trainingIsDeterministicAndAWrittenModelReadsBackTheSame(@TempDir Path dir) throws IOException {
        TopicClassifier again = new TopicClassifierTrainer().train(corpus, message -> { });
        Path file = dir.resolve("models/topics.bin");
        classifier.write(file);
        TopicClassifier read = TopicClassifier.read(file);
        assertEquals(classifier.topics(), read.topics());
        for (LabelledArticle a : corpus.subList(0, 40)) {
            assertArrayEquals(probabilities(classifier, a), probabilities(again, a), 1e-12, a.id());
            assertArrayEquals(probabilities(classifier, a), probabilities(read, a), 1e-12, a.id());
        }
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "the partial file of the atomic write must be gone");
        }
    }

    @Test
    void aFileThatIsNotAClassifierIsAClearError(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a model");
        IOException notZip = assertThrows(IOException.class, () -> TopicClassifier.read(text));
        assertTrue(notZip.getMessage().contains(text.toString()), notZip.getMessage());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("weather.bin"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
        }
        IOException unknown = assertThrows(IOException.class, () -> TopicClassifier.read(new ByteArrayInputStream(bytes.toByteArray()), "w.bin"));
        assertTrue(unknown.getMessage().contains("unknown topic 'weather'"), unknown.getMessage());
    }
}
