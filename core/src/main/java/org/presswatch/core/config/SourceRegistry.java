package org.presswatch.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.presswatch.core.model.Source;
import org.presswatch.core.util.Suggestions;

/**
 * Reads the registry of monitored outlets ({@code sources.yaml}): a list under {@code sources:},
 * one entry per outlet, with the keys {@value #KEYS_DOC}. An unknown key, a missing or wrong
 * value, or an id used twice is a {@link ConfigException} naming the file and line.
 */
public final class SourceRegistry {
    static final String KEYS_DOC = "id, name, homepage, feeds, country, languages, provinces, reliability-tier, poll-interval";
    private static final List<String> KEYS = List.of(KEYS_DOC.split(", "));
    private static final List<String> REQUIRED = List.of("id", "name", "homepage", "country");
    private static final int DEFAULT_TIER = 2;

    private SourceRegistry() {}

    /**
     * @param defaultPollInterval for entries that give no {@code poll-interval}
     */
    public static List<Source> read(Path file, Duration defaultPollInterval) {
        YamlDocument doc = YamlDocument.read(file);
        ObjectNode root = doc.root();
        for (var it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("sources")) {
                throw new ConfigException("unknown key '" + key + "' in " + doc.origin(key) + "; the registry has one key, 'sources'");
            }
        }
        JsonNode entries = root.path("sources");
        if (!entries.isArray()) {
            throw new ConfigException(file + ": expected a list of outlets under 'sources:'");
        }
        List<Source> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = "sources[" + i + "]";
            if (!(entries.get(i) instanceof ObjectNode entry)) {
                throw new ConfigException(path + " in " + doc.origin(path) + " must be a section of 'key: value' lines");
            }
            checkKeys(entry, path, doc);
            ObjectNode completed = withDefaults(entry, defaultPollInterval);
            Source source = ConfigBinder.bind(completed, Source.class, path, doc::origin);
            if (!ids.add(source.id())) {
                throw new ConfigException("source id '" + source.id() + "' in " + doc.origin(path + ".id") + " is used twice");
            }
            sources.add(source);
        }
        return List.copyOf(sources);
    }

    private static void checkKeys(ObjectNode entry, String path, YamlDocument doc) {
        for (var it = entry.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new ConfigException("unknown key '" + path + "." + key + "' in " + doc.origin(path + "." + key)
                        + Suggestions.didYouMean(key, KEYS) + "; an outlet has the keys " + KEYS_DOC);
            }
        }
        for (String key : REQUIRED) {
            if (!entry.hasNonNull(key)) {
                throw new ConfigException(path + " in " + doc.origin(path) + " has no '" + key + "'; "
                        + String.join(", ", REQUIRED) + " are required");
            }
        }
    }

    private static ObjectNode withDefaults(ObjectNode entry, Duration defaultPollInterval) {
        ObjectNode completed = entry.deepCopy();
        if (!completed.has("poll-interval")) {
            completed.put("poll-interval", Durations.format(defaultPollInterval));
        }
        if (!completed.has("reliability-tier")) {
            completed.put("reliability-tier", DEFAULT_TIER);
        }
        return completed;
    }
}
