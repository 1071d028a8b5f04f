package org.presswatch.pipeline.alerts;

import java.util.List;

/**
 * What one key's spike detection remembers: its baseline, the windows still counting, and when it
 * last raised a spike. Immutable; {@link SpikeRule} makes the next one.
 *
 * @param firstWindow the start of the first window the key counted, in epoch milliseconds
 * @param foldedThrough the start of the newest window folded into the baseline; older
 *     windows are closed and articles for them arrive too late
 * @param newest the latest event time seen, in epoch milliseconds
 * @param open the windows counting, oldest first
 * @param lastSpike when the key last raised a spike (event time, epoch milliseconds), or
 *     {@link Long#MIN_VALUE}
 */
public record SpikeState(Baseline baseline, long firstWindow, long foldedThrough, long newest, List<Window> open, long lastSpike) {
    public SpikeState {
        open = List.copyOf(open);
    }

    /**
     * One open window.
     *
     * @param articleIds the first articles counted, as a spike's evidence
     */
    public record Window(long start, int count, List<String> articleIds) {
        public Window {
            articleIds = List.copyOf(articleIds);
        }
    }
}
