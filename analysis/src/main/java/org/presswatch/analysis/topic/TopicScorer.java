package org.presswatch.analysis.topic;

import java.util.ArrayList;
import java.util.List;
import org.presswatch.analysis.text.ArticleText;
import org.presswatch.core.model.TopicScore;

/**
 * Scores an article on every topic of the taxonomy. The rules' contributions (see
 * {@link TopicRules}) are summed and squashed into [0, 1] by {@code 1 - exp(-sum / 2)}, so one
 * strong rule alone (weight 1.4) reaches the listing threshold of 0.5. The evidence of a score is
 * every contribution to it. Immutable and thread-safe.
 */
public final class TopicScorer {
    /** Topics scoring at least this are listed for an article. */
    public static final double LISTING_THRESHOLD = 0.5;
    private static final double SCALE = 2.0;
    /**
     * Rules that cancel out leave a rounding residue (0.4 + 0.8 - 1.2 is 2e-16 in doubles), which
     * must not count as a score above zero.
     */
    private static final double ROUNDING = 1e-9;

    private final TopicRules rules;

    public TopicScorer(TopicRules rules) {
        this.rules = rules;
    }

    /** The scorer with the built-in rules. */
    public static TopicScorer load() {
        return new TopicScorer(TopicRules.load());
    }

    /** Every topic that scored above zero, with its evidence; unsorted. */
    public List<TopicScore> score(String title, String text) {
        return score(ArticleText.of(title, text));
    }

    public List<TopicScore> score(ArticleText article) {
        List<TopicScore> scores = new ArrayList<>();
        for (TopicRules.Outcome outcome : rules.apply(article)) {
            if (outcome.sum() > ROUNDING) {
                scores.add(new TopicScore(outcome.topic(), 1 - Math.exp(-outcome.sum() / SCALE), outcome.evidence()));
            }
        }
        return scores;
    }
}
