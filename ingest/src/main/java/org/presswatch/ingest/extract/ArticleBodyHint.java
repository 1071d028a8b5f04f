package org.presswatch.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The article text a page states about itself in JSON-LD ({@code articleBody} of a schema.org
 * article), used as a hint to choose among candidate containers, not as the text itself: it is
 * often truncated, flattened into one paragraph, or stale. The candidate whose text agrees best
 * with it, word for word, wins when the agreement is good; otherwise the scorer's choice stands.
 */
final class ArticleBodyHint {
    /** A stated body shorter than this (characters) is a teaser, no guide to the container. */
    private static final int MIN_BODY_CHARS = 400;
    /** The winner's word-level F1 with the stated body must reach this to overrule the scorer. */
    private static final double MIN_AGREEMENT = 0.6;
    /** ... and beat the scorer's choice by this much, since their texts are close more often than not. */
    private static final double MIN_GAIN = 0.02;

    /** How far up and down the tree from the scorer's choice candidates are sought. */
    private static final int MAX_STEPS = 4;

    private final Map<String, Integer> body;
    private final int bodyWords;

    private ArticleBodyHint(String articleBody) {
        String text = articleBody.indexOf('<') >= 0 || articleBody.indexOf('&') >= 0
                ? Jsoup.parseBodyFragment(articleBody).text() : articleBody;
        this.body = words(text);
        this.bodyWords = body.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A hint from the stated body, or null when there is none worth using. */
    static ArticleBodyHint of(String articleBody) {
        if (articleBody == null || articleBody.length() < MIN_BODY_CHARS) {
            return null;
        }
        ArticleBodyHint hint = new ArticleBodyHint(articleBody);
        return hint.bodyWords == 0 ? null : hint;
    }

    /**
     * The index of the candidate to use: the first is the scorer's choice, kept unless another
     * agrees clearly better with the stated body.
     *
     * @param candidateTexts the text each candidate would give, in the same order as the candidates
     */
    int choose(List<String> candidateTexts) {
        int chosen = 0;
        double first = agreement(candidateTexts.get(0));
        double best = first;
        for (int i = 1; i < candidateTexts.size(); i++) {
            double a = agreement(candidateTexts.get(i));
            if (a > best) {
                best = a;
                chosen = i;
            }
        }
        return best >= MIN_AGREEMENT && best >= first + MIN_GAIN ? chosen : 0;
    }

    /** Word-level F1 of a text against the stated body. */
    double agreement(String text) {
        Map<String, Integer> words = words(text);
        int common = 0;
        int total = 0;
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            total += e.getValue();
            common += Math.min(e.getValue(), body.getOrDefault(e.getKey(), 0));
        }
        if (common == 0) {
            return 0;
        }
        double precision = common / (double) total;
        double recall = common / (double) bodyWords;
        return 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> bag = new HashMap<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                bag.merge(lower.substring(start, i), 1, Integer::sum);
                start = -1;
            }
        }
        return bag;
    }

    /** Candidates for the hint to choose from besides the scorer's: the best element's ancestors and its strongest descendants. */
    static void addCandidates(ContentScorer.Box best, List<List<Element>> out) {
        ContentScorer.Box up = best.parent;
        for (int depth = 0; depth < MAX_STEPS && up != null; depth++, up = up.parent) {
            out.add(List.of(up.element));
        }
        ContentScorer.Box down = best;
        for (int depth = 0; depth < MAX_STEPS && down != null; depth++) {
            down = down.strongestChild;
            if (down != null) {
                out.add(List.of(down.element));
            }
        }
    }
}
