package org.presswatch.analysis.topic;

import java.util.List;
import org.presswatch.core.util.Validate;

/**
 * One rule of a topic: phrases in any language that speak for (positive weight) or against
 * (negative weight) the topic, optionally only when another phrase is near ({@code near}: "tàu
 * cá" counts for sovereignty beside "bắt giữ", not beside "giá cá") or unless one is
 * ({@code unlessNear}: "Hoàng Sa" after "đường" is a street).
 *
 * @param id unique within the topic, shown as evidence ({@code sovereignty/paracels})
 */
record TopicRule(String topic, String id, double weight, boolean caseSensitive, List<String> phrases, Context near,
                 Context unlessNear) {
    /**
     * Phrases looked for within {@code window} words before or after a match of the rule, in
     * the same field.
     */
    record Context(int window, List<String> phrases) {
        static final Context NONE = new Context(0, List.of());

        Context {
            Validate.isTrue(window >= 0, "window must not be negative, was %s", window);
            phrases = Validate.copyOf(phrases, "phrases");
            Validate.isTrue(phrases.isEmpty() == (window == 0), "a context needs both phrases and a window of at least one word");
        }

        boolean isNone() {
            return phrases.isEmpty();
        }
    }

    TopicRule {
        Validate.notBlank(id, "rule id");
        Validate.isTrue(Double.isFinite(weight) && weight != 0, "rule %s/%s needs a non-zero weight", topic, id);
        phrases = Validate.copyOf(phrases, "phrases");
        Validate.isTrue(!phrases.isEmpty(), "rule %s/%s has no phrases", topic, id);
        Validate.notNull(near, "near");
        Validate.notNull(unlessNear, "unlessNear");
    }

    String qualifiedId() {
        return topic + "/" + id;
    }
}
