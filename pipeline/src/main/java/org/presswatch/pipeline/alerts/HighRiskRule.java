package org.presswatch.pipeline.alerts;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.AlertFigures;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.ArticleAnalysis;
import org.presswatch.core.model.Risk;

/**
 * An article whose risk score reaches the threshold raises an alert of its own, citing the
 * factors of its score. Its id is the article's, so it is raised once. Thread-safe.
 */
public final class HighRiskRule implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double threshold;

    public HighRiskRule(double threshold) {
        this.threshold = threshold;
    }

    public Optional<Alert> check(AnalyzedArticle analyzed, Instant now) {
        ArticleAnalysis analysis = analyzed.analysis();
        Risk risk = analysis.risk();
        if (risk.score() < threshold || risk.score() == 0) {
            return Optional.empty();
        }
        String province = Mention.leadingProvince(analysis);
        String topic = Mention.leadingTopic(analysis);
        String summary = String.format(Locale.ROOT, "risk %.2f: %s", risk.score(), analyzed.article().title());
        return Optional.of(new Alert("risk-" + analyzed.id(), now, province, topic, summary, List.of(analyzed.id()),
                AlertFigures.HighRisk.of(risk)));
    }
}
