package org.presswatch.core.model;

import java.util.List;
import org.presswatch.core.util.Validate;

/** How strongly an article concerns a topic, in [0, 1], with the evidence for it. */
public record TopicScore(String topic, double score, List<Evidence> evidence) {
    public TopicScore {
        Topics.require(topic);
        Validate.inRange(score, 0.0, 1.0, "score of topic " + topic);
        evidence = Validate.copyOf(evidence, "evidence");
        Validate.isTrue(score == 0.0 || !evidence.isEmpty(), "topic %s scored %s without evidence", topic, score);
    }
}
