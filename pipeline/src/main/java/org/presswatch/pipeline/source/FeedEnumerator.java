package org.presswatch.pipeline.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.connector.source.SplitsAssignment;

/**
 * Hands each source to one reader: source i to reader {@code i mod parallelism} by a stable hash,
 * so polling spreads over the parallel readers and a source keeps its reader across restarts.
 * Splits a failed reader gives back wait until it registers again. Runs in the coordinator
 * thread only.
 */
final class FeedEnumerator implements SplitEnumerator<FeedSplit, List<FeedSplit>> {
    private final SplitEnumeratorContext<FeedSplit> context;
    private final List<FeedSplit> pending;

    FeedEnumerator(SplitEnumeratorContext<FeedSplit> context, List<FeedSplit> pending) {
        this.context = context;
        this.pending = new ArrayList<>(pending);
    }

    @Override
    public void start() {
        // Splits are handed out as readers register.
    }

    @Override
    public void handleSplitRequest(int subtaskId, String requesterHostname) {
        // Readers never request: every split is pushed to its owner.
    }

    @Override
    public void addSplitsBack(List<FeedSplit> splits, int subtaskId) {
        pending.addAll(splits);
        if (context.registeredReaders().containsKey(subtaskId)) {
            assignPending();
        }
    }

    @Override
    public void addReader(int subtaskId) {
        assignPending();
    }

    @Override
    public List<FeedSplit> snapshotState(long checkpointId) {
        return List.copyOf(pending);
    }

    @Override
    public void close() {
        // nothing to release
    }

    private void assignPending() {
        int parallelism = context.currentParallelism();
        Map<Integer, ?> readers = context.registeredReaders();
        Map<Integer, List<FeedSplit>> assignment = new java.util.HashMap<>();
        for (var it = pending.iterator(); it.hasNext(); ) {
            FeedSplit split = it.next();
            int owner = Math.floorMod(split.splitId().hashCode(), parallelism);
            if (readers.containsKey(owner)) {
                assignment.computeIfAbsent(owner, k -> new ArrayList<>()).add(split);
                it.remove();
            }
        }
        if (!assignment.isEmpty()) {
            context.assignSplits(new SplitsAssignment<>(assignment));
        }
    }
}
