package org.presswatch.analysis.labelled;

import java.util.Set;
import org.presswatch.core.model.Provinces;
import org.presswatch.core.model.Topics;
import org.presswatch.core.util.Validate;

/**
 * An article with the answers a careful officer would give: the provinces it concerns (2025
 * codes) and the topics it touches. The unit of training and of evaluation.
 */
public record LabelledArticle(String id, String language, String title, String text, Set<String> provinces, Set<String> topics) {
    public LabelledArticle {
        Validate.notBlank(id, "id");
        Validate.notNull(language, "language");
        Validate.notNull(title, "title");
        Validate.notNull(text, "text");
        Validate.isTrue(!title.isBlank() || !text.isBlank(), "article %s has neither title nor text", id);
        provinces = Set.copyOf(provinces);
        topics = Set.copyOf(topics);
        provinces.forEach(Provinces::require);
        topics.forEach(Topics::require);
    }
}
