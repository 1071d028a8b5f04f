package org.presswatch.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.presswatch.core.util.Validate;

/**
 * What the analysis found in one article. Lists are sorted by descending score.
 *
 * @param language ISO 639-1 code as identified from the text, or {@code und}
 */
public record ArticleAnalysis(String language, List<ProvinceScore> provinces, List<TopicScore> topics) {
    public ArticleAnalysis {
        Validate.matches(language, "[a-z]{2}|und", "language");
        provinces = Validate.copyOf(provinces, "provinces").stream()
                .sorted(Comparator.comparingDouble(ProvinceScore::score).reversed()).toList();
        topics = Validate.copyOf(topics, "topics").stream()
                .sorted(Comparator.comparingDouble(TopicScore::score).reversed()).toList();
    }

    public Optional<TopicScore> topic(String id) {
        return topics.stream().filter(t -> t.topic().equals(id)).findFirst();
    }
}
