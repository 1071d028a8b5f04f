package org.presswatch.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.presswatch.core.util.Validate;

/**
 * How strongly an article concerns a topic, in [0, 1], with the evidence for it.
 *
 * @param listed whether the article is listed under the topic: decided by the analysis, and
 *     followed by every reader (search filters and facets, alerts, the API, the web UI)
 */
public record TopicScore(String topic, double score, boolean listed, List<Evidence> evidence) {
    /** Analyses stored before they carried {@code listed} listed a topic from this score; for reading them only. */
    static final double LISTED_BEFORE_FLAG = 0.5;

    public TopicScore {
        Topics.require(topic);
        Validate.inRange(score, 0.0, 1.0, "score of topic " + topic);
        evidence = Validate.copyOf(evidence, "evidence");
        Validate.isTrue(score == 0.0 || !evidence.isEmpty(), "topic %s scored %s without evidence", topic, score);
    }

    @JsonCreator
    static TopicScore read(@JsonProperty("topic") String topic, @JsonProperty("score") double score,
                           @JsonProperty("listed") Boolean listed, @JsonProperty("evidence") List<Evidence> evidence) {
        return new TopicScore(topic, score, listed != null ? listed : score >= LISTED_BEFORE_FLAG, evidence);
    }
}
