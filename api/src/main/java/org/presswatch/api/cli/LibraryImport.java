package org.presswatch.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.presswatch.analysis.language.LanguageIdentifier;
import org.presswatch.core.model.CounterFact;
import org.presswatch.core.model.LocalizedText;
import org.presswatch.core.model.Rebuttal;

/**
 * Turns one line of a library import, {@code {"id", "claim", "title"?, "lang"?, "topics"?,
 * "facts"?}}, into the entry's next version. The line's claim replaces the entry's claim in the
 * same language and keeps those in other languages; a title, topics or facts given replace the
 * entry's, and what the line does not mention (provinces, talking points, status) stays as it
 * was. A claim without {@code lang} gets the language the identifier finds in it and the title,
 * {@code und} when they are too short to tell. Facts are
 * {@code {"text", "source", "url"?, "date"?, "lang"?}}, the source being the title of where the
 * fact is published.
 */
final class LibraryImport {
    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final Rebuttal.Status newEntryStatus;

    LibraryImport(Rebuttal.Status newEntryStatus) {
        this.newEntryStatus = newEntryStatus;
    }

    /** The next version of the entry the line describes, given its current version if it has one. */
    Rebuttal entry(JsonNode line, Optional<Rebuttal> current) {
        String id = text(line, "id");
        String claim = text(line, "claim");
        if (id == null || claim == null) {
            throw new IllegalArgumentException("a line needs a non-empty \"id\" and \"claim\"");
        }
        String language = language(line, claim + "\n" + Optional.ofNullable(text(line, "title")).orElse(""));
        List<LocalizedText> claims = new ArrayList<>();
        current.ifPresent(c -> c.claims().stream().filter(old -> !old.language().equals(language)).forEach(claims::add));
        claims.add(new LocalizedText(language, claim));
        String title = Optional.ofNullable(text(line, "title")).orElse(current.map(Rebuttal::title).orElse(""));
        List<String> topics = line.has("topics") ? strings(line.get("topics")) : current.map(Rebuttal::topics).orElse(List.of());
        List<CounterFact> facts = line.has("facts") ? facts(line.get("facts"), language) : current.map(Rebuttal::facts).orElse(List.of());
        return new Rebuttal(id, title, claims, topics, current.map(Rebuttal::provinces).orElse(List.of()), facts,
                current.map(Rebuttal::talkingPoints).orElse(List.of()), current.map(Rebuttal::status).orElse(newEntryStatus), 1,
                Instant.now(), "import");
    }

    /** The declared language, else the one the claim and title read as ({@code und} when too short to tell). */
    private String language(JsonNode line, String claimAndTitle) {
        String declared = text(line, "lang");
        return declared != null ? declared : languages.identify(claimAndTitle, null);
    }

    private static List<CounterFact> facts(JsonNode array, String claimLanguage) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("\"facts\" must be an array of {\"text\", \"source\", \"url\"?, \"date\"?, \"lang\"?}");
        }
        List<CounterFact> facts = new ArrayList<>();
        for (JsonNode fact : array) {
            String text = text(fact, "text");
            String source = text(fact, "source");
            if (text == null || source == null) {
                throw new IllegalArgumentException("a fact needs a \"text\" and the \"source\" it is published in");
            }
            String url = text(fact, "url");
            String date = text(fact, "date");
            facts.add(new CounterFact(Optional.ofNullable(text(fact, "lang")).orElse(claimLanguage), text, source,
                    url == null ? null : URI.create(url), date == null ? null : LocalDate.parse(date)));
        }
        return facts;
    }

    private static List<String> strings(JsonNode array) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("\"topics\" must be an array of topic ids");
        }
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }
}
