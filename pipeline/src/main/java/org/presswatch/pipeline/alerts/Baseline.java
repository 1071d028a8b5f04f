package org.presswatch.pipeline.alerts;

/**
 * A key's usual count per window: an exponentially weighted mean and variance over its past
 * windows, in which the newest window weighs {@code weight}. Immutable.
 *
 * @param windows how many windows it has folded in
 */
public record Baseline(double mean, double variance, long windows) {
    public static final Baseline EMPTY = new Baseline(0, 0, 0);
    /**
     * Empty windows folded in one go beyond this change nothing measurable: after 10,000 windows
     * even a weight of 0.001 leaves less than 5e-5 of the old mean.
     */
    private static final int MAX_EMPTY_FOLDS = 10_000;

    /** This baseline with one more window of {@code count} articles (West's weighted update). */
    public Baseline fold(long count, double weight) {
        double delta = count - mean;
        double nextMean = mean + weight * delta;
        double nextVariance = (1 - weight) * (variance + weight * delta * delta);
        return new Baseline(nextMean, nextVariance, windows + 1);
    }

    /** This baseline with {@code n} more windows without articles. */
    public Baseline foldEmpty(long n, double weight) {
        Baseline folded = this;
        for (long i = 0; i < Math.min(n, MAX_EMPTY_FOLDS); i++) {
            folded = folded.fold(0, weight);
        }
        return new Baseline(folded.mean, folded.variance, windows + n);
    }

    /**
     * The standard deviation, never below a Poisson count's ({@code sqrt(mean)}): articles arrive
     * independently, so a key whose windows happened to hold the same count has not become
     * predictable, and a rare key is not alarmed by its second article.
     */
    public double deviation() {
        return Math.sqrt(Math.max(variance, mean));
    }

    /** The count from which a window is a spike: deviations above the mean, and at least minArticles. */
    public double threshold(double deviations, int minArticles) {
        return Math.max(minArticles, mean + deviations * deviation());
    }
}
