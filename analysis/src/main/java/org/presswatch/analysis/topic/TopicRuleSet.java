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
import org.presswatch.analysis.text.PhraseMatcher;
import org.presswatch.analysis.text.PhraseMatcher.Phrase;
import org.presswatch.core.util.Validate;

/**
 * The rules of one topic, read from {@code topics/<id>.yaml}, compiled into one matcher.
 * Immutable and thread-safe.
 */
final class TopicRuleSet {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String topic;
    private final List<TopicRule> rules;
    private final PhraseMatcher<TopicRule> matcher;

    private TopicRuleSet(String topic, List<TopicRule> rules) {
        this.topic = topic;
        this.rules = List.copyOf(rules);
        List<Phrase<TopicRule>> phrases = new ArrayList<>();
        for (TopicRule rule : rules) {
            rule.phrases().forEach(p -> phrases.add(new Phrase<>(p, rule.caseSensitive(), rule)));
        }
        this.matcher = new PhraseMatcher<>(phrases);
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
            List<String> phrases = new ArrayList<>();
            JsonNode byLanguage = rule.path("phrases");
            if (byLanguage.isArray()) {
                byLanguage.forEach(p -> phrases.add(p.asText()));
            } else {
                byLanguage.forEach(list -> list.forEach(p -> phrases.add(p.asText())));
            }
            rules.add(new TopicRule(topic, id, rule.path("weight").asDouble(), rule.path("case-sensitive").asBoolean(false), phrases));
        }
        Validate.isTrue(!rules.isEmpty(), "%s defines no rules", name);
        return new TopicRuleSet(topic, rules);
    }

    String topic() {
        return topic;
    }

    List<TopicRule> rules() {
        return rules;
    }

    List<PhraseMatcher.Match<TopicRule>> find(String text) {
        return matcher.find(text);
    }
}
