package org.presswatch.analysis.topic;

import java.util.List;
import org.presswatch.core.util.Validate;

/**
 * One rule of a topic: phrases in any language that speak for (positive weight) or against
 * (negative weight) the topic.
 *
 * @param id unique within the topic, shown as evidence ({@code sovereignty/paracels})
 */
record TopicRule(String topic, String id, double weight, boolean caseSensitive, List<String> phrases) {
    TopicRule {
        Validate.notBlank(id, "rule id");
        Validate.isTrue(Double.isFinite(weight) && weight != 0, "rule %s/%s needs a non-zero weight", topic, id);
        phrases = Validate.copyOf(phrases, "phrases");
        Validate.isTrue(!phrases.isEmpty(), "rule %s/%s has no phrases", topic, id);
    }

    String qualifiedId() {
        return topic + "/" + id;
    }
}
