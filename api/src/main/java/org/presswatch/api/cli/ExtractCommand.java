package org.presswatch.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.presswatch.analysis.language.LanguageIdentifier;
import org.presswatch.core.json.Json;
import org.presswatch.ingest.extract.ArticleExtractor;
import org.presswatch.ingest.extract.ExtractedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code presswatch extract}: a stable contract used by evaluations. Reads JSON Lines
 * {@code {"id", "url", "html"}} and writes one line per input, in order:
 * {@code {"id", "title", "text", "published", "author", "lang", "canonical_url"}}. An input that
 * cannot be read or parsed yields its line with an {@code "error"} field instead; the run goes on.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract articles from HTML pages: JSON Lines {\"id\", \"url\", \"html\"} in, one JSON line per page out.",
                "Trích xuất bài viết từ trang HTML: mỗi dòng JSON vào cho một dòng JSON ra."})
final class ExtractCommand implements Callable<Integer> {
    /** Where relative links resolve when a line gives no URL. */
    private static final URI NO_URL = URI.create("http://unknown.invalid/");

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "JSON Lines input; - or none for standard input.")
    String file;

    @Override
    public Integer call() throws IOException {
        ArticleExtractor extractor = new ArticleExtractor();
        LanguageIdentifier languages = new LanguageIdentifier();
        ObjectMapper json = Json.mapper();
        try (Reader in = file == null || file.equals("-") ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
             BufferedReader lines = new BufferedReader(in);
             Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                out.write(json.writeValueAsString(extractLine(line, number, json, extractor, languages)));
                out.write('\n');
            }
        }
        return 0;
    }

    static ObjectNode extractLine(String line, int number, ObjectMapper json, ArticleExtractor extractor, LanguageIdentifier languages) {
        ObjectNode result = json.createObjectNode();
        JsonNode input;
        try {
            input = json.readTree(line);
        } catch (IOException e) {
            result.putNull("id");
            return result.put("error", "line " + number + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        result.set("id", input.path("id").isMissingNode() ? json.nullNode() : input.get("id"));
        if (!input.path("html").isTextual()) {
            return result.put("error", "line " + number + " has no \"html\" string");
        }
        try {
            URI url = input.path("url").isTextual() && !input.get("url").asText().isBlank() ? new URI(input.get("url").asText().strip()) : NO_URL;
            ExtractedArticle a = extractor.extract(input.get("html").asText(), url);
            result.put("title", a.title());
            result.put("text", a.text());
            result.put("published", a.published() == null ? null : a.published().toString());
            result.put("author", a.author());
            result.put("lang", languages.identify(a.title() + "\n" + a.text(), a.language()));
            result.put("canonical_url", a.canonicalUrl().equals(NO_URL) ? null : a.canonicalUrl().toString());
            return result;
        } catch (Exception e) {
            return result.put("error", "line " + number + " could not be extracted: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
