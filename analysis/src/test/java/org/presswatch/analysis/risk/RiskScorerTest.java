package org.presswatch.analysis.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.presswatch.core.config.PresswatchConfig.RiskWeights;
import org.presswatch.core.model.Evidence;
import org.presswatch.core.model.ProvinceScore;
import org.presswatch.core.model.Risk;
import org.presswatch.core.model.Source;
import org.presswatch.core.model.TopicScore;

class RiskScorerTest {
    private static final RiskScorer RISK = new RiskScorer(RiskWeights.DEFAULTS);
    private static final List<TopicScore> SOVEREIGNTY = List.of(new TopicScore("sovereignty", 0.9, true, List.of(new Evidence("r", 1, List.of()))));
    private static final List<ProvinceScore> PARACELS = List.of(new ProvinceScore("48", 0.8, true, List.of()));
    private static final Source FOREIGN = source("CN", 1);
    private static final Source DOMESTIC = source("VN", 3);

    @Test
    void noMissionTopicMeansNoRisk() {
        List<TopicScore> image = List.of(new TopicScore("image", 0.9, true, List.of(new Evidence("r", 1, List.of()))));
        assertEquals(Risk.NONE, RISK.score(image, PARACELS, -0.9, FOREIGN, 1));
    }

    @Test
    void contributionsAddUpToTheScoreAndExplainIt() {
        Risk risk = RISK.score(SOVEREIGNTY, PARACELS, -0.6, FOREIGN, 0);
        assertEquals(risk.score(), risk.factors().stream().mapToDouble(Risk.Factor::contribution).sum(), 1e-9);
        assertEquals(List.of("topic", "province", "tone", "foreign", "reach", "velocity"), risk.factors().stream().map(Risk.Factor::name).toList());
        assertEquals(0.6, risk.factors().get(2).value(), 1e-9, "hostility is the negative part of the tone");
    }

    @Test
    void aHostileWidelyReadForeignStoryRanksAboveAMildDomesticOne() {
        double foreign = RISK.score(SOVEREIGNTY, PARACELS, -0.8, FOREIGN, 0.5).score();
        double domestic = RISK.score(SOVEREIGNTY, PARACELS, 0.3, DOMESTIC, 0).score();
        assertTrue(foreign > domestic, foreign + " > " + domestic);
        assertTrue(foreign <= 0.9, "never above the topic score");
    }

    @Test
    void aZeroWeightTurnsAFactorOff() {
        RiskScorer noTone = new RiskScorer(new RiskWeights(3, 1, 0, 1, 1, 1));
        assertEquals(noTone.score(SOVEREIGNTY, PARACELS, -1, FOREIGN, 0).score(), noTone.score(SOVEREIGNTY, PARACELS, 1, FOREIGN, 0).score(), 1e-12);
    }

    private static Source source(String country, int tier) {
        return new Source("s" + tier, "S", URI.create("https://s.example/"), List.of(), country, List.of("en"), List.of(), tier, Duration.ofMinutes(5));
    }
}
