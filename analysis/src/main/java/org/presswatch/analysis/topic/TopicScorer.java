package org.presswatch.analysis.topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presswatch.analysis.text.PhraseMatcher;
import org.presswatch.core.model.Evidence;
import org.presswatch.core.model.Span;
import org.presswatch.core.model.Topic;
import org.presswatch.core.model.TopicScore;
import org.presswatch.core.model.Topics;

/**
 * Scores an article on every topic of the taxonomy from the topic's rules. Each rule that
 * matches contributes its weight, growing with the logarithm of its number of matches and by
 * half again when it matches in the title; the contributions (negative rules subtract) are
 * squashed into [0, 1] by {@code 1 - exp(-sum / 2)}, so one strong rule alone (weight 1.4)
 * reaches the listing threshold of 0.5. The rules that fired are the score's evidence.
 * Immutable and thread-safe.
 */
public final class TopicScorer {
    /** Topics scoring at least this are listed for an article. */
    public static final double LISTING_THRESHOLD = 0.5;
    private static final double SCALE = 2.0;
    private static final double TITLE_BOOST = 1.5;
    private static final int MAX_SPANS_PER_RULE = 5;
    /**
     * Rules that cancel out leave a rounding residue (0.4 + 0.8 - 1.2 is 2e-16 in doubles), which
     * must not count as a score above zero.
     */
    private static final double ROUNDING = 1e-9;

    private final List<TopicRuleSet> ruleSets;

    private TopicScorer(List<TopicRuleSet> ruleSets) {
        this.ruleSets = List.copyOf(ruleSets);
    }

    /** The scorer with the built-in rules of every topic in the taxonomy. */
    public static TopicScorer load() {
        List<TopicRuleSet> sets = new ArrayList<>();
        for (Topic topic : Topics.all()) {
            sets.add(TopicRuleSet.load(topic.id()));
        }
        return new TopicScorer(sets);
    }

    /** Every topic that scored above zero, with its evidence; unsorted. */
    public List<TopicScore> score(String title, String text) {
        List<TopicScore> scores = new ArrayList<>();
        for (TopicRuleSet set : ruleSets) {
            Map<TopicRule, List<Span>> hits = new LinkedHashMap<>();
            Map<TopicRule, Boolean> inTitle = new LinkedHashMap<>();
            for (PhraseMatcher.Match<TopicRule> m : set.find(title)) {
                hits.computeIfAbsent(m.phrase().payload(), r -> new ArrayList<>()).add(span(Span.TITLE, title, m));
                inTitle.put(m.phrase().payload(), true);
            }
            for (PhraseMatcher.Match<TopicRule> m : set.find(text)) {
                hits.computeIfAbsent(m.phrase().payload(), r -> new ArrayList<>()).add(span(Span.TEXT, text, m));
            }
            double sum = 0;
            List<Evidence> evidence = new ArrayList<>();
            for (Map.Entry<TopicRule, List<Span>> hit : hits.entrySet()) {
                TopicRule rule = hit.getKey();
                double contribution = rule.weight() * (1 + Math.log(hit.getValue().size()))
                        * (inTitle.containsKey(rule) ? TITLE_BOOST : 1.0);
                sum += contribution;
                List<Span> spans = hit.getValue();
                evidence.add(new Evidence(rule.qualifiedId(), contribution, spans.subList(0, Math.min(spans.size(), MAX_SPANS_PER_RULE))));
            }
            if (sum > ROUNDING) {
                evidence.sort((a, b) -> Double.compare(Math.abs(b.weight()), Math.abs(a.weight())));
                scores.add(new TopicScore(set.topic(), 1 - Math.exp(-sum / SCALE), evidence));
            }
        }
        return scores;
    }

    private static Span span(String field, String value, PhraseMatcher.Match<TopicRule> m) {
        return new Span(field, m.start(), m.end(), value.substring(m.start(), m.end()));
    }
}
