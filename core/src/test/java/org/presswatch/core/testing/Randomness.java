package org.presswatch.core.testing;

import java.util.Locale;
import java.util.Random;

/**
 * Seeds for the randomized tests of every module, in the manner of Lucene's test framework: each
 * run draws a fresh seed unless {@code -Dtests.seed=...} (hexadecimal) fixes one, the seed is
 * printed, and a failure names the seed that reproduces it ({@code mvn test -pl analysis
 * -Dtests.seed=1F2E3D4C5B6A7988 -Dtest=PhraseMatcherTest}). {@code -Dtests.iters=N} scales the
 * number of iterations of the tests that ask for it.
 */
public final class Randomness {
    public static final String SEED_PROPERTY = "tests.seed";
    public static final String ITERS_PROPERTY = "tests.iters";

    /** A randomized test, given its random source. */
    public interface Test {
        void run(Random random) throws Exception;
    }

    private Randomness() {}

    /** The seed of this run: {@code tests.seed} (hexadecimal) when set, a fresh one otherwise. */
    public static long seed() {
        String fixed = System.getProperty(SEED_PROPERTY);
        if (fixed != null && !fixed.isBlank()) {
            try {
                return Long.parseUnsignedLong(fixed.strip(), 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("-D" + SEED_PROPERTY + " is a hexadecimal seed such as 1F2E3D4C5B6A7988, not '"
                        + fixed + "'", e);
            }
        }
        return new Random().nextLong();
    }

    /** The number of iterations: {@code tests.iters} when set, the default otherwise. */
    public static int iterations(int byDefault) {
        String n = System.getProperty(ITERS_PROPERTY);
        return n == null || n.isBlank() ? byDefault : Integer.parseInt(n.strip());
    }

    /** Runs a randomized test; a failure is rethrown with the seed that reproduces it. */
    public static void run(String name, Test test) {
        String hex = Long.toHexString(seed()).toUpperCase(Locale.ROOT);
        System.out.println(name + ": " + SEED_PROPERTY + "=" + hex);
        try {
            test.run(new Random(Long.parseUnsignedLong(hex, 16)));
        } catch (Exception | AssertionError e) {
            throw new AssertionError(name + " failed; reproduce with -D" + SEED_PROPERTY + "=" + hex + "\n" + e.getMessage(), e);
        }
    }
}
