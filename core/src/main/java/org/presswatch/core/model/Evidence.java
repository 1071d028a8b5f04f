package org.presswatch.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.presswatch.core.util.Validate;

/**
 * Why a topic scored: one rule or model that fired, what it contributed, and where in the
 * article it fired.
 *
 * @param rule the rule's id (for example {@code sovereignty/paracels}) or the topic's model
 *     ({@code sovereignty/model})
 * @param weight the contribution before the score is squashed into [0, 1]
 * @param spans the matched text; empty for a model's whole-document judgement
 * @param confidence a model's probability that the article is of the topic; null for a rule
 */
public record Evidence(String rule, double weight, List<Span> spans,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Double confidence) {
    public Evidence {
        Validate.notBlank(rule, "rule");
        Validate.isTrue(Double.isFinite(weight), "evidence weight must be finite, was %s", weight);
        spans = Validate.copyOf(spans, "spans");
        Validate.isTrue(confidence == null || confidence >= 0 && confidence <= 1, "confidence must be in [0, 1], was %s", confidence);
    }

    /** A rule's evidence. */
    public Evidence(String rule, double weight, List<Span> spans) {
        this(rule, weight, spans, null);
    }

    /** A model's evidence: its contribution and its confidence, for the whole document. */
    public static Evidence ofModel(String rule, double weight, double confidence) {
        return new Evidence(rule, weight, List.of(), confidence);
    }
}
