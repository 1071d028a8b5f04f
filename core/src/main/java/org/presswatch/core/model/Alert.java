package org.presswatch.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.presswatch.core.util.Validate;

/**
 * Something a press officer should look at now, with the evidence that raised it.
 *
 * @param province 2025 province code, or null for a national alert
 * @param topic topic id, or null when the alert is not about one topic
 * @param articleIds the articles that raised it, most relevant first
 * @param figures the numbers behind it (for a spike: count, baseline mean, standard deviation)
 */
public record Alert(
        String id,
        Kind kind,
        Instant raisedAt,
        String province,
        String topic,
        String summary,
        List<String> articleIds,
        Map<String, Double> figures) {

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
        Validate.notNull(kind, "kind");
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
        figures = Validate.copyOf(figures, "figures");
    }
}
