package org.presswatch.pipeline.alerts;

import java.time.Instant;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.ArticleAnalysis;

/**
 * One article as a copy of a story: who published it, its text's fingerprint and when.
 *
 * @param alertId the amplification alert the copy belongs to, or null
 */
public record StoryCopy(String articleId, String sourceId, String language, long fingerprint, Instant at, String title,
                        String province, String topic, String alertId) {

    public static StoryCopy of(AnalyzedArticle analyzed) {
        ArticleAnalysis analysis = analyzed.analysis();
        String province = Mention.leadingProvince(analysis);
        String topic = Mention.leadingTopic(analysis);
        return new StoryCopy(analyzed.id(), analyzed.article().sourceId(), analysis.language(), analysis.fingerprint(),
                Mention.eventTime(analyzed.article()), analyzed.article().title(), province, topic, null);
    }

    StoryCopy joining(String alert) {
        return new StoryCopy(articleId, sourceId, language, fingerprint, at, title, province, topic, alert);
    }
}
