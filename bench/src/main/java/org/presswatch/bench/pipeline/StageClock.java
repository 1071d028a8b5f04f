package org.presswatch.bench.pipeline;

import java.util.concurrent.atomic.LongAdder;

/** Time spent in each stage of the plain loop, summed over its threads. Thread-safe. */
final class StageClock {
    enum Stage { EXTRACT, DEDUP, ANALYZE, INDEX, ALERTS }

    private final LongAdder[] nanos = new LongAdder[Stage.values().length];

    StageClock() {
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = new LongAdder();
        }
    }

    void add(Stage stage, long spent) {
        nanos[stage.ordinal()].add(spent);
    }

    StageTimes times() {
        long[] sums = new long[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            sums[i] = nanos[i].sum();
        }
        return new StageTimes(sums[0], sums[1], sums[2], sums[3], sums[4]);
    }
}
