package org.presswatch.analysis.risk;

import java.util.ArrayList;
import java.util.List;
import org.presswatch.core.config.PresswatchConfig.RiskWeights;
import org.presswatch.core.model.ProvinceScore;
import org.presswatch.core.model.Risk;
import org.presswatch.core.model.Source;
import org.presswatch.core.model.TopicScore;
import org.presswatch.core.model.Topics;

/**
 * The risk score: the strongest mission-topic score, scaled by the other factors, each weighed
 * against the topic's own weight:
 * {@code risk = topic * (w_topic + sum(w_i * f_i)) / (w_topic + sum(w_i))}. The factors'
 * contributions add up to the score. Immutable and thread-safe.
 */
public final class RiskScorer {
    private final RiskWeights weights;

    public RiskScorer(RiskWeights weights) {
        this.weights = weights;
    }

    /**
     * @param source where the article was published, or null when unknown (counted as halfway)
     * @param velocity how fast its story spreads, in [0, 1]; 0 when not measured
     */
    public Risk score(List<TopicScore> topics, List<ProvinceScore> provinces, double tone, Source source, double velocity) {
        double topic = topics.stream().filter(t -> Topics.require(t.topic()).mission()).mapToDouble(TopicScore::score).max().orElse(0);
        if (topic == 0) {
            return Risk.NONE;
        }
        double province = provinces.stream().mapToDouble(ProvinceScore::score).max().orElse(0);
        double hostility = Math.max(0, -tone);
        double foreign = source == null ? 0.5 : source.domestic() ? 0 : 1;
        double reach = source == null ? 0.5 : switch (source.reliabilityTier()) {
            case 1 -> 1.0;
            case 2 -> 0.6;
            default -> 0.3;
        };
        double[][] factors = {
            {weights.province(), province}, {weights.tone(), hostility}, {weights.foreign(), foreign},
            {weights.reach(), reach}, {weights.velocity(), Math.max(0, Math.min(1, velocity))}};
        String[] names = {"province", "tone", "foreign", "reach", "velocity"};
        double total = weights.topic();
        for (double[] f : factors) {
            total += f[0];
        }
        List<Risk.Factor> explained = new ArrayList<>();
        double score = topic * weights.topic() / total;
        explained.add(new Risk.Factor("topic", topic, weights.topic(), score));
        for (int i = 0; i < factors.length; i++) {
            double contribution = topic * factors[i][0] * factors[i][1] / total;
            score += contribution;
            explained.add(new Risk.Factor(names[i], factors[i][1], factors[i][0], contribution));
        }
        return new Risk(Math.min(1, score), explained);
    }
}
