package org.presswatch.analysis.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a sample of the VNTC Vietnamese news corpus ({@code vntc-sample.jsonl} in the shared
 * corpora): one {@code {"id", "topic", "text"}} a line, where the topic is VNTC's category
 * ("The thao", "Vi tinh", ...) and the text's first line is the article's title.
 */
public final class VntcSample {
    /** One news article of the sample. */
    public record Article(String id, String category, String title, String text) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private VntcSample() {}

    /** Every article of the file, in order; a line that is not JSON is an error naming the file and line. */
    public static List<Article> read(Path file) throws IOException {
        List<Article> articles = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                if (!line.isBlank()) {
                    articles.add(article(line, file, number));
                }
            }
        }
        return articles;
    }

    private static Article article(String line, Path file, int number) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IOException(file + " line " + number + ": not JSON: " + e.getOriginalMessage(), e);
        }
        String text = node.path("text").asText("");
        int newline = text.indexOf('\n');
        return newline < 0
                ? new Article(node.path("id").asText(), node.path("topic").asText(""), "", text)
                : new Article(node.path("id").asText(), node.path("topic").asText(""), text.substring(0, newline).strip(),
                        text.substring(newline + 1));
    }
}
