package org.presswatch.bench.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NdcgTest {
    private static final Map<String, Integer> GRADES = Map.of("a", 2, "b", 1);

    @Test
    void theIdealOrderScoresOneAndNothingFoundScoresZero() {
        assertEquals(1.0, Ndcg.at(10, List.of("a", "b", "x"), GRADES), 1e-12);
        assertEquals(0.0, Ndcg.at(10, List.of("x", "y"), GRADES));
        assertEquals(0.0, Ndcg.at(10, List.of(), GRADES));
    }

    @Test
    void gainsAreDiscountedByRankAndCutOff() {
        double ideal = 3 + 1 / log2(3);
        assertEquals((1 + 3 / log2(3)) / ideal, Ndcg.at(10, List.of("b", "a"), GRADES), 1e-12);
        assertEquals((3 / log2(3)) / ideal, Ndcg.at(10, List.of("x", "a"), GRADES), 1e-12);
        assertEquals(0.0, Ndcg.at(1, List.of("x", "a"), GRADES), "below the cutoff counts nothing");
        assertEquals(3 / (3 + 0.0), Ndcg.at(1, List.of("a"), GRADES), 1e-12, "the ideal is cut off too");
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
