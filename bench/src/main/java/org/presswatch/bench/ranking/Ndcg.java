package org.presswatch.bench.ranking;

import java.util.List;
import java.util.Map;

/**
 * Normalized discounted cumulative gain at a cutoff: the gain of each ranked article, 2^grade - 1,
 * discounted by log2(rank + 1), summed over the first ranks and divided by the same sum for the
 * ideal order of every judged article. 1 is the best order there is; an article without a grade
 * gains nothing.
 */
final class Ndcg {
    private Ndcg() {}

    /**
     * @param ranked the articles in rank order
     * @param grades the grade of each relevant article; none missing from the ideal
     */
    static double at(int cutoff, List<String> ranked, Map<String, Integer> grades) {
        double ideal = dcg(cutoff, grades.values().stream().sorted((a, b) -> b - a).toList());
        return ideal == 0 ? 0 : dcg(cutoff, ranked.stream().map(a -> grades.getOrDefault(a, 0)).toList()) / ideal;
    }

    private static double dcg(int cutoff, List<Integer> gradesInOrder) {
        double sum = 0;
        for (int i = 0; i < Math.min(cutoff, gradesInOrder.size()); i++) {
            sum += (Math.pow(2, gradesInOrder.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
