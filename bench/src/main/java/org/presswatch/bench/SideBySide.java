package org.presswatch.bench;

import java.util.function.LongSupplier;
import org.presswatch.core.util.Validate;

/**
 * Times one of our stages beside the bare library doing the same work, in the same run, so that
 * their ratio holds whatever the machine. Each round runs both, alternating which goes first;
 * the warm-up rounds let the JIT compile both and are not counted. Each task returns a value
 * derived from its work, which is kept, so the JIT cannot drop the work as unused.
 */
public final class SideBySide {
    /** Nanoseconds each side took over the measured rounds. */
    public record Timing(long oursNanos, long bareNanos, int measuredRounds) {
        /** How many times slower ours is than the bare library. */
        public double costRatio() {
            return oursNanos / (double) bareNanos;
        }
    }

    private static volatile long blackhole;

    private SideBySide() {}

    public static Timing time(int warmupRounds, int measuredRounds, LongSupplier ours, LongSupplier bare) {
        Validate.isTrue(warmupRounds >= 0 && measuredRounds >= 1, "need warmupRounds >= 0 and measuredRounds >= 1, got %s and %s",
                warmupRounds, measuredRounds);
        long oursNanos = 0;
        long bareNanos = 0;
        long sink = 0;
        for (int round = 0; round < warmupRounds + measuredRounds; round++) {
            boolean bareFirst = round % 2 == 0;
            long start = System.nanoTime();
            sink += bareFirst ? bare.getAsLong() : ours.getAsLong();
            long first = System.nanoTime() - start;
            start = System.nanoTime();
            sink += bareFirst ? ours.getAsLong() : bare.getAsLong();
            long second = System.nanoTime() - start;
            if (round >= warmupRounds) {
                bareNanos += bareFirst ? first : second;
                oursNanos += bareFirst ? second : first;
            }
        }
        blackhole += sink;
        return new Timing(oursNanos, bareNanos, measuredRounds);
    }
}
