package org.presswatch.analysis.evaluation;

/**
 * How one yes/no decision (is this article of the topic? does it concern this province?) fared
 * over a set of articles. With nothing to find, recall is 1; with nothing found, precision is 1:
 * so a topic never found while present scores F1 = 0, and one rightly never found scores 1.
 */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {
    public static final Counts NONE = new Counts(0, 0, 0);

    /** These counts with one more decision. */
    public Counts plus(boolean expected, boolean found) {
        return new Counts(truePositives + (expected && found ? 1 : 0), falsePositives + (!expected && found ? 1 : 0),
                falseNegatives + (expected && !found ? 1 : 0));
    }

    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1 : truePositives / (double) found;
    }

    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1 : truePositives / (double) expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
