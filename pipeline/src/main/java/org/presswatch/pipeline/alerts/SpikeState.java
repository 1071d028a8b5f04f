package org.presswatch.pipeline.alerts;

import java.util.List;

/**
 * What one key's spike detection remembers: its baseline, the windows still open, and how far
 * its event time has gone. Immutable; {@link SpikeRule} makes the next one.
 *
 * @param firstWindow the start of the first window the key counted, in epoch milliseconds
 * @param foldedThrough the start of the newest window folded into the baseline; older
 *     windows are closed and articles for them arrive too late
 * @param newest the latest event time seen, in epoch milliseconds
 * @param open the windows counting, oldest first
 */
public record SpikeState(Baseline baseline, long firstWindow, long foldedThrough, long newest, List<Window> open) {
    public SpikeState {
        open = List.copyOf(open);
    }

    /**
     * One open window.
     *
     * @param articleIds the first articles counted, as the alert's evidence
     * @param alerted whether it has raised its spike
     */
    public record Window(long start, int count, boolean alerted, List<String> articleIds) {
        public Window {
            articleIds = List.copyOf(articleIds);
        }
    }
}
