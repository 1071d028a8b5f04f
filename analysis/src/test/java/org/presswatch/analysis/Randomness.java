package org.presswatch.analysis;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Seeds for the randomized tests, in the manner of Lucene's test framework: every run draws a
 * fresh seed unless {@code -Dtests.seed=...} fixes one, the seed is printed, and a failure names
 * the seed that reproduces it ({@code mvn -o test -pl analysis -Dtests.seed=1F2E3D4C5B6A7988
 * -Dtest=PhraseMatcherTest}). {@code -Dtests.iters=N} scales the number of iterations.
 */
public final class Randomness {
    public static final String SEED_PROPERTY = "tests.seed";
    public static final String ITERS_PROPERTY = "tests.iters";

    private Randomness() {}

    /** The seed of this run: {@code tests.seed} (hex) when set, a fresh one otherwise. */
    public static long seed() {
        String fixed = System.getProperty(SEED_PROPERTY);
        if (fixed != null && !fixed.isBlank()) {
            return Long.parseUnsignedLong(fixed.trim(), 16);
        }
        return new Random().nextLong();
    }

    /** The number of iterations: {@code tests.iters} when set, the default otherwise. */
    public static int iterations(int byDefault) {
        String n = System.getProperty(ITERS_PROPERTY);
        return n == null || n.isBlank() ? byDefault : Integer.parseInt(n.trim());
    }

    /** Runs a randomized test; a failure is rethrown with the seed that reproduces it. */
    public static void run(String name, Consumer<Random> test) {
        long seed = seed();
        String hex = Long.toHexString(seed).toUpperCase(java.util.Locale.ROOT);
        System.out.println(name + ": tests.seed=" + hex);
        try {
            test.accept(new Random(seed));
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(name + " failed; reproduce with -Dtests.seed=" + hex + "\n" + e.getMessage(), e);
        }
    }
}
