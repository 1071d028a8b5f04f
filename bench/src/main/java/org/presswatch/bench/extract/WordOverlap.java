package org.presswatch.bench.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level agreement of an extracted text with the expected one, as extraction benchmarks
 * measure it: both texts are lower-cased and cut into {@code \w+} tokens (Unicode letters and
 * digits), compared as bags of words (a word counts as often as it occurs in both), and scored
 * by precision, recall and their harmonic mean.
 */
public final class WordOverlap {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * @param precision share of the extracted words that are expected; 0 when nothing was extracted
     * @param recall share of the expected words that were extracted; 0 when nothing was expected
     * @param f1 harmonic mean of the two; 0 when both are 0
     */
    public record Score(double precision, double recall, double f1) {}

    private WordOverlap() {}

    /** Scores an extracted text against the expected one; neither may be null. */
    public static Score score(String extracted, String expected) {
        if (extracted == null || expected == null) {
            throw new IllegalArgumentException("texts to compare must not be null");
        }
        Map<String, Integer> got = bag(extracted);
        Map<String, Integer> want = bag(expected);
        long common = 0;
        long gotTotal = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            gotTotal += e.getValue();
            common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        long wantTotal = 0;
        for (int n : want.values()) {
            wantTotal += n;
        }
        double precision = gotTotal == 0 ? 0 : common / (double) gotTotal;
        double recall = wantTotal == 0 ? 0 : common / (double) wantTotal;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(precision, recall, f1);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }
}
