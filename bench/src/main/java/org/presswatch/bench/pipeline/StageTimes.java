package org.presswatch.bench.pipeline;

/**
 * Where the plain loop's time went, in nanoseconds summed over its threads: extraction, the
 * content-key deduplication, analysis, the index upserts (and the final commit), and the alert
 * rules with the recording of their alerts.
 */
public record StageTimes(long extract, long dedup, long analyze, long index, long alerts) {
    public long total() {
        return extract + dedup + analyze + index + alerts;
    }
}
