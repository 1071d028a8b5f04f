package org.presswatch.office.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.presswatch.analysis.language.LanguageIdentifier;
import org.presswatch.core.json.Json;
import org.presswatch.core.model.CounterFact;
import org.presswatch.core.model.LocalizedText;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.core.util.Suggestions;
import org.presswatch.core.util.Validate;

/**
 * Adds or updates library entries from JSON Lines, one entry a line:
 * {@code {"id", "claim", "title"?, "lang"?, "topics"?, "facts"?}}, each line becoming the entry's
 * next version.
 *
 * <p>The merge rules: a line's claim replaces the entry's claim in the same language and keeps
 * those in other languages; a title, topics or facts given replace the entry's, and what the line
 * does not mention (provinces, talking points, status) stays as it was. A claim without
 * {@code lang} gets the language the identifier finds in it and the title, {@code und} when they
 * are too short to tell. Facts are {@code {"text", "source", "url"?, "date"?, "lang"?}}, the
 * source being the title of where the fact is published.
 *
 * <p>A line that cannot be read (not JSON, a key that is not one of these, a value the entry
 * refuses) is skipped and reported with its number; the other lines are imported. Entries are
 * saved, and their claims encoded, {@value #BATCH} at a time. Not thread-safe: one import, one
 * instance.
 */
public final class LibraryImport {
    /** Entries saved, and their claims encoded, at a time. */
    static final int BATCH = 500;
    private static final Set<String> LINE_KEYS = Set.of("id", "claim", "title", "lang", "topics", "facts");
    private static final Set<String> FACT_KEYS = Set.of("text", "source", "url", "date", "lang");

    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final ObjectMapper json = Json.mapper();
    private final Rebuttal.Status newEntryStatus;
    private final String editor;

    /**
     * @param newEntryStatus the status of entries the library does not hold yet (existing ones keep theirs)
     * @param editor the office account the versions are saved under
     */
    public LibraryImport(Rebuttal.Status newEntryStatus, String editor) {
        this.newEntryStatus = Validate.notNull(newEntryStatus, "newEntryStatus");
        this.editor = Validate.notBlank(editor, "editor");
    }

    /**
     * What an import did.
     *
     * @param skipped each line not imported, as {@code line N: reason}
     * @param entries the entries the library holds afterwards
     */
    public record Result(int added, int changed, int unchanged, List<String> skipped, long entries) {}

    /**
     * Imports every line of {@code lines} into the library.
     *
     * @param progress told the number of lines read after each batch is saved
     * @throws IOException when the lines cannot be read or the library cannot be written; the
     *     batches saved before stay saved
     */
    public Result run(OfficeLibrary library, BufferedReader lines, IntConsumer progress) throws IOException {
        Counts counts = new Counts();
        List<String> skipped = new ArrayList<>();
        Map<String, Rebuttal> batch = new LinkedHashMap<>();
        Map<String, Integer> versionsBefore = new LinkedHashMap<>();
        int number = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = json.readTree(line);
                String id = node.path("id").asText("");
                Optional<Rebuttal> current = batch.containsKey(id) ? Optional.of(batch.get(id)) : library.entries().get(id);
                batch.put(id, entry(node, current));
                versionsBefore.putIfAbsent(id, current.map(Rebuttal::version).orElse(0));
            } catch (IOException | RuntimeException e) {
                skipped.add("line " + number + ": " + firstLine(e));
            }
            if (batch.size() >= BATCH) {
                save(library, batch, versionsBefore, counts);
                progress.accept(number);
            }
        }
        save(library, batch, versionsBefore, counts);
        return new Result(counts.added, counts.changed, counts.unchanged, List.copyOf(skipped), library.entries().count());
    }

    private static final class Counts {
        int added;
        int changed;
        int unchanged;
    }

    /** Saves the batch and empties it. */
    private void save(OfficeLibrary library, Map<String, Rebuttal> batch, Map<String, Integer> versionsBefore, Counts counts)
            throws IOException {
        for (Rebuttal stored : library.save(List.copyOf(batch.values()), editor)) {
            int was = versionsBefore.get(stored.id());
            if (was == 0) {
                counts.added++;
            } else if (stored.version() > was) {
                counts.changed++;
            } else {
                counts.unchanged++;
            }
        }
        batch.clear();
        versionsBefore.clear();
    }

    /** The next version of the entry the line describes, given its current version if it has one. */
    Rebuttal entry(JsonNode line, Optional<Rebuttal> current) {
        if (!line.isObject()) {
            throw new IllegalArgumentException("a line must be a JSON object {\"id\", \"claim\", ...}");
        }
        requireKnownKeys(line, LINE_KEYS, "");
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
                Instant.now(), editor);
    }

    /** The declared language, else the one the claim and title read as ({@code und} when too short to tell). */
    private String language(JsonNode line, String claimAndTitle) {
        String declared = text(line, "lang");
        return declared != null ? declared : languages.identify(claimAndTitle, null);
    }

    /** @param where where the keys are, for the message: empty for the line itself */
    private static void requireKnownKeys(JsonNode object, Set<String> known, String where) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown key \"" + name + "\"" + where + Suggestions.didYouMean(name, known)
                        + "; the keys are " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private static List<CounterFact> facts(JsonNode array, String claimLanguage) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("\"facts\" must be an array of {\"text\", \"source\", \"url\"?, \"date\"?, \"lang\"?}");
        }
        List<CounterFact> facts = new ArrayList<>();
        for (JsonNode fact : array) {
            if (!fact.isObject()) {
                throw new IllegalArgumentException("a fact must be an object {\"text\", \"source\", \"url\"?, \"date\"?, \"lang\"?}");
            }
            requireKnownKeys(fact, FACT_KEYS, " in a fact");
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

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
