package org.presswatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.presswatch.analysis.language.LanguageIdentifier;
import org.presswatch.core.library.ClaimMatcher;
import org.presswatch.core.model.ClaimMatch;
import org.presswatch.office.library.OfficeLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code presswatch match}: a stable contract used by evaluations. Reads JSON Lines
 * {@code {"id", "text", "lang"?}} and writes one line per input, in order:
 * {@code {"id", "matches": [{"entry", "title", "score", "similarity", "sentence"}]}}, best first, at most
 * {@value ClaimMatcher#MAX_MATCHES}. A line that cannot be read yields an {@code "error"} field.
 */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Find the library entries whose claims each text makes: JSON Lines {\"id\", \"text\", \"lang\"?} in, "
                + "{\"id\", \"matches\": [{\"entry\", \"score\", \"sentence\"}]} out, best first.",
                "Tìm các mục thư viện có luận điểm mà văn bản nêu ra, kèm câu khớp nhất."})
final class MatchCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "JSON Lines input; - or none for standard input.")
    String file;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Matches per text, at most 10 (default: ${DEFAULT-VALUE}).")
    int limit;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > ClaimMatcher.MAX_MATCHES) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be between 1 and 10, was " + limit);
        }
        LanguageIdentifier languages = new LanguageIdentifier();
        try (OfficeLibrary library = OfficeLibrary.open(options.load())) {
            JsonLinesFilter.run(file, (input, result, number) -> match(input, result, number, library.matcher(), languages));
        }
        return 0;
    }

    private String match(JsonNode input, ObjectNode result, int number, ClaimMatcher matcher, LanguageIdentifier languages)
            throws java.io.IOException {
        String text = input.path("text").asText("");
        if (text.isBlank()) {
            return "line " + number + " has no \"text\"";
        }
        String declared = input.path("lang").asText("");
        String language = declared.matches("[a-z]{2}") ? declared : languages.identify(text, null);
        ArrayNode matches = result.putArray("matches");
        for (ClaimMatch m : matcher.match(text, language, limit)) {
            matches.addObject().put("entry", m.entryId()).put("title", m.title()).put("score", Math.round(m.score() * 1000) / 1000.0)
                    .put("similarity", Math.round(m.similarity() * 1000) / 1000.0).put("sentence", m.sentence());
        }
        return null;
    }
}
