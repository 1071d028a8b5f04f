package org.presswatch.analysis.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.presswatch.analysis.text.PhraseMatcher;
import org.presswatch.analysis.text.PhraseMatcher.Phrase;
import org.presswatch.analysis.text.TextView;
import org.presswatch.core.model.FormerProvince;
import org.presswatch.core.model.Province;
import org.presswatch.core.model.Provinces;
import org.presswatch.core.util.Folding;

/**
 * Every name that points to a province: the units' own names from the core registry plus the
 * places of {@code gazetteer.yaml} (islands, cities, landmarks, foreign spellings), compiled
 * into one {@link PhraseMatcher}. A match's payload is the 2025 province code, or empty for a
 * phrase listed as not a place. Immutable and thread-safe.
 */
public final class Gazetteer {
    private static final String RESOURCE = "/org/presswatch/analysis/gazetteer.yaml";
    /** Payload of phrases that contain a province's name without referring to it. */
    static final String NOT_A_PLACE = "";

    private final PhraseMatcher<String> matcher;
    private final CapitalMetonymy capital;
    private final PassingMentions passing;

    private Gazetteer(PhraseMatcher<String> matcher, CapitalMetonymy capital, PassingMentions passing) {
        this.matcher = matcher;
        this.capital = capital;
        this.passing = passing;
    }

    /** The built-in gazetteer. */
    public static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the presswatch-analysis jar");
            }
            return fromYaml(in, RESOURCE, Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in gazetteer extended with an office's own file of the same format. */
    public static Gazetteer load(Path extension) throws IOException {
        try (InputStream extra = Files.newInputStream(extension)) {
            return load(extra, extension.toString());
        }
    }

    /** The built-in gazetteer extended with an office's own document of the same format; errors name it. */
    public static Gazetteer load(InputStream extension, String name) throws IOException {
        try (InputStream base = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            JsonNode extra;
            try {
                extra = new ObjectMapper(new YAMLFactory()).readTree(extension);
            } catch (IOException e) {
                throw new IOException(name + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
            }
            try {
                return fromYaml(base, RESOURCE, Optional.ofNullable(extra));
            } catch (IllegalArgumentException e) {
                throw new IOException(name + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The place names in a text that refer to a province, leaving out the capital standing for
     * the government and passing mentions (see {@link PassingMentions}); the payload of each
     * match is its code.
     */
    public List<PhraseMatcher.Match<String>> find(String text) {
        return find(TextView.of(text));
    }

    public List<PhraseMatcher.Match<String>> find(TextView view) {
        List<PhraseMatcher.Match<String>> places = new ArrayList<>();
        int passingEnd = -1;
        for (PhraseMatcher.Match<String> m : matcher.find(view)) {
            if (m.phrase().payload().equals(NOT_A_PLACE) || capital.standsForGovernment(view.text(), m.start(), m.end())) {
                continue;
            }
            if (passing.isPassing(view.text(), m.start())
                    || passingEnd >= 0 && PassingMentions.continuesList(view.text(), passingEnd, m.start())) {
                passingEnd = m.end();
            } else {
                passingEnd = -1;
                places.add(m);
            }
        }
        return places;
    }

    private static Gazetteer fromYaml(InputStream in, String name, Optional<JsonNode> extension) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode base = yaml.readTree(in);
        List<JsonNode> docs = new ArrayList<>(List.of(base));
        extension.ifPresent(docs::add);

        Set<String> notByItself = new HashSet<>();
        List<Phrase<String>> phrases = new ArrayList<>();
        List<String> capitalNames = new ArrayList<>();
        List<String> governmentWords = new ArrayList<>();
        List<String> otherCapitals = new ArrayList<>();
        List<String> fillers = new ArrayList<>();
        List<String> passingCues = new ArrayList<>();
        for (JsonNode doc : docs) {
            doc.path("not-by-itself").forEach(n -> notByItself.add(Folding.key(n.asText())));
            for (JsonNode place : doc.path("places")) {
                String code = Provinces.require(place.path("province").asText()).code();
                boolean caseSensitive = place.path("case-sensitive").asBoolean(true);
                place.path("names").forEach(n -> phrases.add(new Phrase<>(n.asText(), caseSensitive, code)));
            }
            doc.path("not-places").forEach(n -> phrases.add(new Phrase<>(n.asText(), true, NOT_A_PLACE)));
            JsonNode capital = doc.path("capital");
            capital.path("names").forEach(n -> capitalNames.add(n.asText()));
            capital.path("government-words").forEach(n -> governmentWords.add(n.asText()));
            capital.path("other-capitals").forEach(n -> otherCapitals.add(n.asText()));
            capital.path("fillers").forEach(n -> fillers.add(n.asText()));
            doc.path("passing-before").forEach(n -> passingCues.add(n.asText()));
        }
        for (Province unit : Provinces.all()) {
            List<String> names = new ArrayList<>(List.of(unit.name(), unit.englishName()));
            names.addAll(unit.otherNames());
            unit.formerUnits().stream().map(FormerProvince::name).forEach(names::add);
            for (String n : names) {
                if (!notByItself.contains(Folding.key(n))) {
                    phrases.add(new Phrase<>(n, true, unit.code()));
                }
            }
        }
        if (phrases.isEmpty()) {
            throw new IllegalStateException(name + " defines no places");
        }
        return new Gazetteer(new PhraseMatcher<>(phrases), new CapitalMetonymy(capitalNames, governmentWords, otherCapitals, fillers),
                new PassingMentions(passingCues));
    }
}
