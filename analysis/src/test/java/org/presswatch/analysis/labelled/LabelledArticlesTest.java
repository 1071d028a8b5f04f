package org.presswatch.analysis.labelled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledArticlesTest {
    @Test
    void theBuiltInSetsAreLargeVariedAndDisjoint() throws IOException {
        List<LabelledArticle> training = LabelledArticles.training();
        List<LabelledArticle> heldOut = LabelledArticles.heldOut();
        assertTrue(training.size() >= 600, "training corpus has " + training.size());
        assertTrue(heldOut.size() >= 200, "held-out set has " + heldOut.size());
        Map<String, Long> languages = training.stream().collect(Collectors.groupingBy(LabelledArticle::language, Collectors.counting()));
        assertTrue(languages.getOrDefault("vi", 0L) >= 300 && languages.getOrDefault("en", 0L) >= 200, languages.toString());

        Set<String> trainingIds = training.stream().map(LabelledArticle::id).collect(Collectors.toSet());
        Set<String> trainingTitles = training.stream().map(LabelledArticle::title).collect(Collectors.toSet());
        for (LabelledArticle a : heldOut) {
            assertTrue(!trainingIds.contains(a.id()) && !trainingTitles.contains(a.title()), "held-out " + a.id() + " is also in training");
        }
        Set<String> texts = new HashSet<>();
        training.forEach(a -> assertTrue(texts.add(a.text()), "text of " + a.id() + " occurs twice"));
    }

    @Test
    void everyMissionTopicHasHardNegativesAndPositivesInBothSets() throws IOException {
        for (List<LabelledArticle> articles : List.of(LabelledArticles.training(), LabelledArticles.heldOut())) {
            for (String topic : List.of("sovereignty", "ethnicity", "religion", "human_rights")) {
                long positives = articles.stream().filter(a -> a.topics().contains(topic)).count();
                assertTrue(positives >= 15, topic + " has " + positives + " positives");
            }
            long ordinary = articles.stream().filter(a -> a.topics().isEmpty() || a.topics().equals(Set.of("image"))).count();
            assertTrue(ordinary >= articles.size() / 5, "only " + ordinary + " articles without a mission topic");
        }
    }

    @Test
    void aBadLineNamesTheFileAndTheLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("corrections.jsonl"), """
                {"id":"a","lang":"vi","title":"Trường Sa","text":"...","provinces":["56"],"topics":["sovereignty"]}

                {"id":"b","lang":"vi","title":"x","text":"y","provinces":[],"topics":["weather"]}
                """);
        IOException e = assertThrows(IOException.class, () -> LabelledArticles.read(file));
        assertTrue(e.getMessage().startsWith(file + " line 3:") && e.getMessage().contains("weather"), e.getMessage());

        Files.writeString(file, "{\"id\":\"a\",\"title\":\"t\",\"text\":\"x\"}\n{\"id\":\"a\",\"title\":\"u\",\"text\":\"y\"}\n");
        assertTrue(assertThrows(IOException.class, () -> LabelledArticles.read(file)).getMessage().contains("id a occurs twice"));

        Files.writeString(file, "{\"id\":\"a\",\"title\":\"t\",\"text\":\"x\",\"provinces\":[\"99\"]}\n");
        assertTrue(assertThrows(IOException.class, () -> LabelledArticles.read(file)).getMessage().contains("line 1"));

        Files.writeString(file, "not json\n");
        assertTrue(assertThrows(IOException.class, () -> LabelledArticles.read(file)).getMessage().contains("line 1"));
    }

    @Test
    void aGoodFileReadsInOrder(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("c.jsonl"),
                "{\"id\":\"a\",\"lang\":\"vi\",\"title\":\"t\",\"text\":\"x\",\"provinces\":[\"01\"],\"topics\":[]}\n"
                        + "{\"id\":\"b\",\"title\":\"u\",\"text\":\"y\"}\n");
        List<LabelledArticle> read = LabelledArticles.read(file);
        assertEquals(List.of("a", "b"), read.stream().map(LabelledArticle::id).toList());
        assertEquals(Set.of("01"), read.get(0).provinces());
        assertEquals("", read.get(1).language());
    }
}
