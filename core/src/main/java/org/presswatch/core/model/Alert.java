package org.presswatch.core.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import org.presswatch.core.util.Validate;

/**
 * Something a press officer should look at now, with the evidence that raised it. Its kind is
 * that of its figures; in JSON it is the property {@code kind} beside {@code figures}.
 *
 * @param province 2025 province code, or null for a national alert
 * @param topic topic id, or null when the alert is not about one topic
 * @param articleIds the articles that raised it, most relevant first
 * @param figures the numbers behind it, of its kind
 */
public record Alert(
        String id,
        Instant raisedAt,
        String province,
        String topic,
        String summary,
        List<String> articleIds,
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY, property = "kind")
        @JsonSubTypes({
            @JsonSubTypes.Type(value = AlertFigures.Spike.class, name = "SPIKE"),
            @JsonSubTypes.Type(value = AlertFigures.HighRisk.class, name = "HIGH_RISK"),
            @JsonSubTypes.Type(value = AlertFigures.Amplification.class, name = "AMPLIFICATION")
        })
        AlertFigures figures) {

    public enum Kind {
        /** A (province, topic) count far above its own baseline. */
        SPIKE,
        /** A single article whose risk score crosses the alert threshold. */
        HIGH_RISK,
        /** One story published by many distinct sources in a short time. */
        AMPLIFICATION
    }

    public Alert {
        Validate.notBlank(id, "id");
        Validate.notNull(raisedAt, "raisedAt");
        if (province != null) {
            Provinces.require(province);
        }
        if (topic != null) {
            Topics.require(topic);
        }
        Validate.notBlank(summary, "summary");
        articleIds = Validate.copyOf(articleIds, "articleIds");
        Validate.isTrue(!articleIds.isEmpty(), "alert %s cites no article", id);
        Validate.notNull(figures, "figures");
    }

    public Kind kind() {
        return figures.kind();
    }
}
