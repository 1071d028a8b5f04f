package org.presswatch.core.model;

import java.util.List;
import org.presswatch.core.util.Validate;

/**
 * Why a topic scored: one rule or model that fired, what it contributed, and where in the
 * article it fired.
 *
 * @param rule the rule's id (for example {@code sovereignty/vi/hoang-sa}) or {@code model} for a classifier
 * @param weight the contribution before the score is squashed into [0, 1]
 * @param spans the matched text; empty for a model's whole-document judgement
 */
public record Evidence(String rule, double weight, List<Span> spans) {
    public Evidence {
        Validate.notBlank(rule, "rule");
        Validate.isTrue(Double.isFinite(weight), "evidence weight must be finite, was %s", weight);
        spans = Validate.copyOf(spans, "spans");
    }
}
