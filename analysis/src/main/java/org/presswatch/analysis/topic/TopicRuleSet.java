package org.presswatch.analysis.topic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.presswatch.core.util.Validate;

/**
 * The rules of one topic, read from {@code topics/<id>.yaml}. Immutable and thread-safe.
 */
final class TopicRuleSet {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> RULE_KEYS = Set.of("id", "weight", "case-sensitive", "phrases", "near", "unless-near");

    private final String topic;
    private final List<TopicRule> rules;

    private TopicRuleSet(String topic, List<TopicRule> rules) {
        this.topic = topic;
        this.rules = List.copyOf(rules);
    }

    static TopicRuleSet load(String topic) {
        String resource = "/org/presswatch/analysis/topics/" + topic + ".yaml";
        try (InputStream in = TopicRuleSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no rules for topic " + topic + ": " + resource + " is missing");
            }
            return parse(topic, YAML.readTree(in), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static TopicRuleSet parse(String topic, JsonNode doc, String name) {
        Validate.isTrue(topic.equals(doc.path("topic").asText()), "%s: 'topic' must be %s", name, topic);
        List<TopicRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode rule : doc.path("rules")) {
            String id = rule.path("id").asText();
            Validate.isTrue(ids.add(id), "%s: rule id %s is used twice", name, id);
            rule.fieldNames().forEachRemaining(key -> Validate.isTrue(RULE_KEYS.contains(key),
                    "%s: rule %s has an unknown key '%s' (known: %s)", name, id, key, RULE_KEYS));
            Validate.isTrue(rule.path("weight").isNumber(), "%s: rule %s needs a numeric weight", name, id);
            rules.add(new TopicRule(topic, id, rule.path("weight").asDouble(), rule.path("case-sensitive").asBoolean(false),
                    phrases(rule.path("phrases")), context(rule.path("near"), name, id), context(rule.path("unless-near"), name, id)));
        }
        Validate.isTrue(!rules.isEmpty(), "%s defines no rules", name);
        return new TopicRuleSet(topic, rules);
    }

    /** Phrases as one list, or as lists by language. */
    private static List<String> phrases(JsonNode node) {
        List<String> phrases = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(p -> phrases.add(p.asText()));
        } else {
            node.forEach(list -> list.forEach(p -> phrases.add(p.asText())));
        }
        return phrases;
    }

    private static TopicRule.Context context(JsonNode node, String name, String id) {
        if (node.isMissingNode()) {
            return TopicRule.Context.NONE;
        }
        Validate.isTrue(node.path("window").canConvertToInt() && node.path("window").asInt() > 0 && !node.path("phrases").isMissingNode(),
                "%s: rule %s: a context needs 'window' (words, at least 1) and 'phrases'", name, id);
        return new TopicRule.Context(node.get("window").asInt(), phrases(node.get("phrases")));
    }

    String topic() {
        return topic;
    }

    List<TopicRule> rules() {
        return rules;
    }
}
