package org.presswatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import org.presswatch.analysis.ArticleAnalyzer;
import org.presswatch.analysis.OfficeFiles;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.json.Json;
import org.presswatch.core.model.ArticleAnalysis;
import org.presswatch.core.model.Provinces;
import org.presswatch.core.model.TopicScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code presswatch analyze}: a stable contract used by evaluations. Reads JSON Lines
 * {@code {"id", "title", "text", "url"?, "lang"?, "published"?}} and writes one line per input,
 * in order: {@code {"id", "lang", "provinces": [{"code", "name", "score"}], "topics": [{"id",
 * "score", "evidence": [...]}], "tone", "fingerprint", "risk"}}: the provinces and topics the
 * analysis listed; the fingerprint is 16 hex digits. A line that cannot be read yields an {@code "error"} field.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyze articles: JSON Lines {\"id\", \"title\", \"text\", \"lang\"?} in, one JSON line per article out "
                + "(language, provinces, topics with evidence, tone, fingerprint, risk).",
                "Phân tích bài viết: mỗi dòng JSON vào cho một dòng JSON ra (ngôn ngữ, địa phương, chủ đề kèm căn cứ, sắc thái, rủi ro)."})
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "JSON Lines input; - or none for standard input.")
    String file;

    @Override
    public Integer call() throws IOException {
        PresswatchConfig config = options.load();
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults(config.analysis().risk(), OfficeFiles.read(config.layout()));
        JsonLinesFilter.run(file, (input, result, number) -> analyze(input, result, number, analyzer));
        return 0;
    }

    private static String analyze(JsonNode input, ObjectNode result, int number, ArticleAnalyzer analyzer) {
        String title = input.path("title").asText("");
        String text = input.path("text").asText("");
        if (title.isBlank() && text.isBlank()) {
            return "line " + number + " has neither a \"title\" nor a \"text\"";
        }
        String declared = input.path("lang").isTextual() && input.get("lang").asText().matches("[a-z]{2}") ? input.get("lang").asText() : null;
        ArticleAnalysis a = analyzer.analyze(title, text, declared);
        result.put("lang", a.language());
        ArrayNode provinces = result.putArray("provinces");
        a.listedProvinces().forEach(p -> provinces.addObject()
                .put("code", p.code()).put("name", Provinces.require(p.code()).name()).put("score", round(p.score())));
        ArrayNode topics = result.putArray("topics");
        for (TopicScore t : a.listedTopics()) {
            ObjectNode topic = topics.addObject().put("id", t.topic()).put("score", round(t.score()));
            topic.set("evidence", Json.mapper().valueToTree(t.evidence()));
        }
        result.put("tone", round(a.tone()));
        result.put("fingerprint", HexFormat.of().toHexDigits(a.fingerprint()));
        result.put("risk", round(a.risk().score()));
        return null;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
