package org.presswatch.analysis.topic;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.presswatch.analysis.text.ArticleText;
import org.presswatch.analysis.text.PhraseMatcher;
import org.presswatch.analysis.text.PhraseMatcher.Match;
import org.presswatch.analysis.text.PhraseMatcher.Phrase;
import org.presswatch.analysis.text.TextView;
import org.presswatch.core.model.Evidence;
import org.presswatch.core.model.Span;
import org.presswatch.core.model.Topic;
import org.presswatch.core.model.Topics;

/**
 * The rules half of topic scoring: every topic's rules ({@code topics/<id>.yaml}) applied to an
 * article in one pass. Each rule that matches contributes its weight, growing with the logarithm
 * of its number of matches, and boosted by half when it matches in the title or by a quarter
 * when it matches in the lead (the first paragraph); negative rules subtract. A match of a rule
 * with a {@code near} context counts only with one of the context's phrases within its window,
 * one with an {@code unless-near} context only without. The rules that fired, with their spans,
 * are the evidence. Immutable and thread-safe.
 */
public final class TopicRules {
    static final double TITLE_BOOST = 1.5;
    static final double LEAD_BOOST = 1.25;
    private static final int MAX_SPANS_PER_RULE = 5;

    /** What the rules say about one topic: the sum of the contributions, and each rule's, largest first. */
    public record Outcome(String topic, double sum, List<Evidence> evidence) {}

    /** A phrase of a rule's context; {@code required} for {@code near}, not for {@code unless-near}. */
    private record Cue(TopicRule rule, boolean required) {}

    private final List<TopicRuleSet> ruleSets;
    private final PhraseMatcher<TopicRule> phrases;
    private final PhraseMatcher<Cue> cues;

    TopicRules(List<TopicRuleSet> ruleSets) {
        this.ruleSets = List.copyOf(ruleSets);
        List<Phrase<TopicRule>> rulePhrases = new ArrayList<>();
        List<Phrase<Cue>> cuePhrases = new ArrayList<>();
        int cueGroup = 0;
        for (int topic = 0; topic < ruleSets.size(); topic++) {
            for (TopicRule rule : ruleSets.get(topic).rules()) {
                for (String p : rule.phrases()) {
                    // one group per topic: the rules of two topics never shadow each other
                    rulePhrases.add(new Phrase<>(p, rule.caseSensitive(), rule, topic));
                }
                for (Cue cue : List.of(new Cue(rule, true), new Cue(rule, false))) {
                    TopicRule.Context context = cue.required() ? rule.near() : rule.unlessNear();
                    if (!context.isNone()) {
                        int group = cueGroup++;
                        context.phrases().forEach(p -> cuePhrases.add(new Phrase<>(p, false, cue, group)));
                    }
                }
            }
        }
        this.phrases = new PhraseMatcher<>(rulePhrases);
        this.cues = new PhraseMatcher<>(cuePhrases);
    }

    /** The built-in rules of every topic in the taxonomy. */
    public static TopicRules load() {
        List<TopicRuleSet> sets = new ArrayList<>();
        for (Topic topic : Topics.all()) {
            sets.add(TopicRuleSet.load(topic.id()));
        }
        return new TopicRules(sets);
    }

    /** The outcome of every topic with at least one rule that fired, in taxonomy order. */
    public List<Outcome> apply(ArticleText article) {
        // by identity: each rule is one object, and a record's hash would walk all its phrases
        Map<TopicRule, Hits> hits = new IdentityHashMap<>();
        collect(article.title(), Span.TITLE, article, hits);
        collect(article.body(), Span.TEXT, article, hits);
        List<Outcome> outcomes = new ArrayList<>();
        for (TopicRuleSet set : ruleSets) {
            double sum = 0;
            List<Evidence> evidence = new ArrayList<>();
            for (TopicRule rule : set.rules()) {
                Hits h = hits.get(rule);
                if (h != null) {
                    double contribution = rule.weight() * (1 + Math.log(h.count)) * h.boost;
                    sum += contribution;
                    evidence.add(new Evidence(rule.qualifiedId(), contribution, h.spans));
                }
            }
            if (!evidence.isEmpty()) {
                evidence.sort((a, b) -> Double.compare(Math.abs(b.weight()), Math.abs(a.weight())));
                outcomes.add(new Outcome(set.topic(), sum, evidence));
            }
        }
        return outcomes;
    }

    private static final class Hits {
        final List<Span> spans = new ArrayList<>();
        int count;
        double boost = 1.0;
    }

    private void collect(TextView field, String name, ArticleText article, Map<TopicRule, Hits> hits) {
        List<Match<Cue>> fieldCues = null;
        for (Match<TopicRule> m : phrases.find(field)) {
            TopicRule rule = m.phrase().payload();
            if (!rule.near().isNone() || !rule.unlessNear().isNone()) {
                fieldCues = fieldCues == null ? cues.find(field) : fieldCues;
                if (!rule.near().isNone() && !cueNear(fieldCues, rule, true, m)
                        || !rule.unlessNear().isNone() && cueNear(fieldCues, rule, false, m)) {
                    continue;
                }
            }
            Hits h = hits.computeIfAbsent(rule, r -> new Hits());
            h.count++;
            double boost = name.equals(Span.TITLE) ? TITLE_BOOST : article.inLead(m.start()) ? LEAD_BOOST : 1.0;
            h.boost = Math.max(h.boost, boost);
            if (h.spans.size() < MAX_SPANS_PER_RULE) {
                h.spans.add(new Span(name, m.start(), m.end(), field.text().substring(m.start(), m.end())));
            }
        }
    }

    private static boolean cueNear(List<Match<Cue>> fieldCues, TopicRule rule, boolean required, Match<TopicRule> m) {
        int window = (required ? rule.near() : rule.unlessNear()).window();
        for (Match<Cue> c : fieldCues) {
            Cue cue = c.phrase().payload();
            if (cue.rule() == rule && cue.required() == required && c.endWord() > m.firstWord() - window
                    && c.firstWord() < m.endWord() + window) {
                return true;
            }
        }
        return false;
    }
}
