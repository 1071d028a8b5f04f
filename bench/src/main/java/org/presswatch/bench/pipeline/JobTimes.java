package org.presswatch.bench.pipeline;

import java.util.List;

/**
 * Where the job's time went around its processing.
 *
 * @param startupNanos from {@code execute} to the first page taken: the local cluster starting and
 *     the operators opening; not counted in the job's rate
 * @param tailNanos from the last page taken to everything committed: the pages still in flight,
 *     then the wait for the final checkpoint that records the last alerts; counted
 * @param tasks the job's tasks, each a chain of operators, as Flink names them
 */
public record JobTimes(long startupNanos, long tailNanos, List<String> tasks) {
    public JobTimes {
        tasks = List.copyOf(tasks);
    }
}
