package org.presswatch.analysis.labelled;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads labelled articles from JSON Lines, one object a line:
 * {@code {"id", "lang", "title", "text", "provinces": ["48", ...], "topics": ["sovereignty", ...]}}.
 * The built-in sets live in this jar: the training corpus the topic model learns from, and the
 * held-out evaluation set, which is never used for training. A line that cannot be read is an
 * error naming the file and the line: a labelled set with a silent hole would give wrong figures.
 */
public final class LabelledArticles {
    private static final String RESOURCES = "/org/presswatch/analysis/";
    /** The training corpus written by the team: Vietnamese, and English with some French and Chinese. */
    public static final List<String> TRAINING = List.of("training/examples-vi.jsonl", "training/examples-en.jsonl");
    /**
     * The held-out evaluation set: never used in training. The third file was written last, by the
     * labelling guide alone, and first measured after every rule change of the same work.
     */
    public static final List<String> HELD_OUT = List.of("eval/heldout-vi.jsonl", "eval/heldout-intl.jsonl", "eval/heldout-fresh.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledArticles() {}

    /** The built-in training corpus. */
    public static List<LabelledArticle> training() throws IOException {
        return builtIn(TRAINING);
    }

    /** The built-in held-out evaluation set. */
    public static List<LabelledArticle> heldOut() throws IOException {
        return builtIn(HELD_OUT);
    }

    private static List<LabelledArticle> builtIn(List<String> names) throws IOException {
        List<LabelledArticle> all = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = LabelledArticles.class.getResourceAsStream(RESOURCES + name)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCES + name + " is missing from the presswatch-analysis jar");
                }
                all.addAll(read(new InputStreamReader(in, StandardCharsets.UTF_8), name));
            }
        }
        return requireUniqueIds(all);
    }

    /** The articles of a file. */
    public static List<LabelledArticle> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return requireUniqueIds(read(in, file.toString()));
        }
    }

    private static List<LabelledArticle> read(Reader reader, String name) throws IOException {
        List<LabelledArticle> articles = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                articles.add(new LabelledArticle(node.path("id").asText(), node.path("lang").asText(""), node.path("title").asText(""),
                        node.path("text").asText(""), strings(node.path("provinces")), strings(node.path("topics"))));
            } catch (IOException | IllegalArgumentException e) {
                throw new IOException(name + " line " + number + ": " + e.getMessage().lines().findFirst().orElse(""), e);
            }
        }
        return articles;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** The articles, unless two share an id: an error naming it, as a merged corpus must not count one article twice. */
    public static List<LabelledArticle> requireUniqueIds(List<LabelledArticle> articles) throws IOException {
        Set<String> ids = new HashSet<>();
        for (LabelledArticle a : articles) {
            if (!ids.add(a.id())) {
                throw new IOException("labelled article id " + a.id() + " occurs twice");
            }
        }
        return articles;
    }
}
