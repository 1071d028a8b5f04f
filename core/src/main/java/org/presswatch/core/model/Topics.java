package org.presswatch.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The topic taxonomy, loaded once from {@code topics.yaml} in this jar. The rules that score a
 * topic live with the analysis; this is only what a topic is called and whether it is a mission
 * topic. Immutable and safe to share between threads.
 */
public final class Topics {
    private static final String RESOURCE = "/org/presswatch/core/topics.yaml";
    private static final Map<String, Topic> BY_ID = load();

    private Topics() {}

    public static List<Topic> all() {
        return List.copyOf(BY_ID.values());
    }

    public static Optional<Topic> byId(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    /** The topic for an id; an unknown id is the caller's mistake. */
    public static Topic require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown topic '" + id + "'; the topics are " + String.join(", ", BY_ID.keySet())));
    }

    private static Map<String, Topic> load() {
        try (InputStream in = Topics.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the presswatch-core jar");
            }
            Map<String, Topic> topics = new LinkedHashMap<>();
            for (JsonNode node : new ObjectMapper(new YAMLFactory()).readTree(in).path("topics")) {
                Topic topic = new Topic(node.path("id").asText(),
                        new Label(node.path("name").path("vi").asText(), node.path("name").path("en").asText()),
                        new Label(node.path("description").path("vi").asText(), node.path("description").path("en").asText()),
                        node.path("mission").asBoolean());
                if (topics.put(topic.id(), topic) != null) {
                    throw new IllegalStateException("topic " + topic.id() + " listed twice in " + RESOURCE);
                }
            }
            return topics;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
