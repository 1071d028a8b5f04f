package org.presswatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.presswatch.core.json.Json;

/**
 * The loop shared by the JSON Lines contracts ({@code extract}, {@code analyze}): one object in per
 * line, one object out per non-blank line, in order, starting with the input's {@code "id"}. A
 * line that is not JSON, or that the step rejects, yields an {@code "error"} field and the run
 * goes on: an evaluation must be able to line the outputs up with its inputs.
 */
final class JsonLinesFilter {
    /** Fills {@code result} (which already holds the id) from one input object. */
    interface Step {
        /**
         * @param number the 1-based line number, for error messages
         * @return an error message for the line, or null when {@code result} is complete
         */
        String apply(JsonNode input, ObjectNode result, int number) throws Exception;
    }

    private JsonLinesFilter() {}

    /** Reads {@code file} (standard input when null or "-") and writes to standard output, which it flushes but never closes. */
    static void run(String file, Step step) throws IOException {
        ObjectMapper json = Json.mapper();
        boolean standardInput = file == null || file.equals("-");
        BufferedReader lines = new BufferedReader(standardInput ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8));
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try {
            int number = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                if (!line.isBlank()) {
                    out.write(json.writeValueAsString(apply(line, number, json, step)));
                    out.write('\n');
                }
            }
        } finally {
            out.flush();
            if (!standardInput) {
                lines.close();
            }
        }
    }

    static ObjectNode apply(String line, int number, ObjectMapper json, Step step) {
        ObjectNode result = json.createObjectNode();
        JsonNode input;
        try {
            input = json.readTree(line);
        } catch (IOException e) {
            result.putNull("id");
            return result.put("error", "line " + number + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        result.set("id", input.path("id").isMissingNode() ? json.nullNode() : input.get("id"));
        try {
            String error = step.apply(input, result, number);
            return error == null ? result : json.createObjectNode().<ObjectNode>set("id", result.get("id")).put("error", error);
        } catch (Exception e) {
            return json.createObjectNode().<ObjectNode>set("id", result.get("id")).put("error", "line " + number + " could not be processed: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
