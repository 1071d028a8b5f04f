package org.presswatch.demo.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.presswatch.core.model.CounterFact;
import org.presswatch.core.model.LocalizedText;
import org.presswatch.core.model.Rebuttal;

/**
 * The demo office's rebuttal library ({@code library/entries.yaml}): approved entries on claims
 * that articles of the demo corpus repeat, so that the demo shows articles matched to documented
 * claims. Read once per call; the entries are immutable.
 */
public final class DemoLibrary {
    static final String FILE = "/library/entries.yaml";
    /** The account the demo's entries are saved under. */
    public static final String EDITOR = "demo";

    private DemoLibrary() {}

    public static List<Rebuttal> entries() {
        try (InputStream in = DemoLibrary.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("the demo library " + FILE + " is missing from the classpath");
            }
            List<Rebuttal> entries = new ArrayList<>();
            for (JsonNode e : new ObjectMapper(new YAMLFactory()).readTree(in).path("entries")) {
                entries.add(entry(e));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("the demo library " + FILE + " cannot be read", e);
        }
    }

    private static Rebuttal entry(JsonNode e) {
        List<CounterFact> facts = new ArrayList<>();
        for (JsonNode f : e.path("facts")) {
            facts.add(new CounterFact(f.path("lang").asText(), f.path("text").asText(), f.path("source").asText(),
                    f.hasNonNull("url") ? URI.create(f.get("url").asText()) : null,
                    f.hasNonNull("date") ? LocalDate.parse(f.get("date").asText()) : null));
        }
        return new Rebuttal(e.path("id").asText(), e.path("title").asText(), localized(e.path("claims")), strings(e.path("topics")),
                strings(e.path("provinces")), facts, localized(e.path("talking-points")), Rebuttal.Status.APPROVED, 1, Instant.EPOCH, EDITOR);
    }

    private static List<LocalizedText> localized(JsonNode byLanguage) {
        List<LocalizedText> texts = new ArrayList<>();
        byLanguage.fields().forEachRemaining(f -> texts.add(new LocalizedText(f.getKey(), f.getValue().asText())));
        return texts;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
