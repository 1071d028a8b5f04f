package org.presswatch.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.presswatch.core.util.Validate;

/**
 * What the analysis found in one article. Lists are sorted by descending score.
 *
 * @param language ISO 639-1 code as identified from the text, or {@code und}
 * @param tone the article's tone toward its subject, from -1 (hostile) to 1 (favourable)
 * @param fingerprint a 64-bit SimHash of the folded text: near-duplicates differ in few bits
 * @param risk how much the article deserves attention, with its factors
 */
public record ArticleAnalysis(String language, List<ProvinceScore> provinces, List<TopicScore> topics, double tone,
                              long fingerprint, Risk risk) {
    public ArticleAnalysis {
        Validate.matches(language, "[a-z]{2}|und", "language");
        Validate.inRange(tone, -1, 1, "tone");
        risk = risk == null ? Risk.NONE : risk;
        provinces = Validate.copyOf(provinces, "provinces").stream()
                .sorted(Comparator.comparingDouble(ProvinceScore::score).reversed()).toList();
        topics = Validate.copyOf(topics, "topics").stream()
                .sorted(Comparator.comparingDouble(TopicScore::score).reversed()).toList();
    }

    /** An analysis without tone, fingerprint or risk (text that was not scored on them). */
    public ArticleAnalysis(String language, List<ProvinceScore> provinces, List<TopicScore> topics) {
        this(language, provinces, topics, 0, 0, Risk.NONE);
    }

    /** The provinces the article is listed under, as the analysis decided, highest score first. */
    public List<ProvinceScore> listedProvinces() {
        return provinces.stream().filter(ProvinceScore::listed).toList();
    }

    /** The topics the article is listed under, as the analysis decided, highest score first. */
    public List<TopicScore> listedTopics() {
        return topics.stream().filter(TopicScore::listed).toList();
    }

    public Optional<TopicScore> topic(String id) {
        return topics.stream().filter(t -> t.topic().equals(id)).findFirst();
    }
}
