package org.presswatch.analysis.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presswatch.analysis.text.ArticleText;
import org.presswatch.analysis.text.PhraseMatcher;
import org.presswatch.core.model.ProvinceScore;
import org.presswatch.core.model.Span;

/**
 * Says which provinces an article concerns and how strongly: a mention in the title counts
 * most, then one in the lead (first paragraph), then each further one in the body; the sum is
 * squashed into [0, 1]. Every score comes with the mentions behind it. Thread-safe.
 */
public final class ProvinceTagger {
    /** Provinces scoring at least this are listed as what an article concerns; one passing mention is not enough. */
    public static final double LISTING_THRESHOLD = 0.3;
    static final double TITLE_WEIGHT = 3.0;
    static final double LEAD_WEIGHT = 2.0;
    static final double BODY_WEIGHT = 1.0;
    /** A sum of this many body mentions scores 1 - 1/e. */
    private static final double SCALE = 3.0;

    private final Gazetteer gazetteer;

    public ProvinceTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<ProvinceScore> tag(String title, String text) {
        return tag(ArticleText.of(title, text));
    }

    public List<ProvinceScore> tag(ArticleText article) {
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (PhraseMatcher.Match<String> m : gazetteer.find(article.title())) {
            add(m, Span.TITLE, article.title().text(), TITLE_WEIGHT, mentions, weights);
        }
        for (PhraseMatcher.Match<String> m : gazetteer.find(article.body())) {
            add(m, Span.TEXT, article.body().text(), article.inLead(m.start()) ? LEAD_WEIGHT : BODY_WEIGHT, mentions, weights);
        }
        List<ProvinceScore> scores = new ArrayList<>();
        weights.forEach((code, weight) -> {
            double score = 1 - Math.exp(-weight / SCALE);
            scores.add(new ProvinceScore(code, score, score >= LISTING_THRESHOLD, mentions.get(code)));
        });
        return scores;
    }

    private static void add(PhraseMatcher.Match<String> m, String field, String text, double weight, Map<String, List<Span>> mentions,
                            Map<String, Double> weights) {
        String code = m.phrase().payload();
        weights.merge(code, weight, Double::sum);
        mentions.computeIfAbsent(code, c -> new ArrayList<>()).add(new Span(field, m.start(), m.end(), text.substring(m.start(), m.end())));
    }
}
