package org.presswatch.bench.pipeline;

/**
 * One timed run of the benchmark: one way of turning the pages into an index.
 *
 * @param threads the job's parallelism, or the threads of a loop or of the bare writer
 * @param nanos from the first page (or article) taken to everything committed
 * @param indexed the articles the index holds afterwards
 * @param indexBytes the size of the index folder afterwards
 * @param alerts the alerts recorded, or -1 for a side that raises none
 */
public record Side(String name, int threads, long nanos, long indexed, long indexBytes, long alerts) {
    public double seconds() {
        return nanos / 1e9;
    }

    /** Articles indexed per second. */
    public double perSecond() {
        return indexed / seconds();
    }
}
