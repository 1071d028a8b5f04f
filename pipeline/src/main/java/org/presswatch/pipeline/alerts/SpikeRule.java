package org.presswatch.pipeline.alerts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Alert;
import org.presswatch.core.config.Durations;
import org.presswatch.pipeline.alerts.SpikeState.Window;

/**
 * Counts one key's mentions in tumbling event-time windows and raises a spike when a window's
 * count reaches the key's threshold ({@link Baseline#threshold}), as soon as it does rather than
 * when the window ends, and once per window.
 *
 * <p>Windows close on the key's own event time: a window is folded into the baseline once an
 * article published {@code lateness} after its end has been seen, with every empty window
 * between. The baseline is consulted only when the key's next article comes, so folding then is
 * exact, and a key's alerts never wait for the slowest source's watermark. An article for a
 * closed window is too late to count. Pure and thread-safe; the Flink operator keeps the state.
 */
public final class SpikeRule implements AlertRule<Mention, SpikeState> {
    private static final long serialVersionUID = 1L;
    /** Articles cited by a spike alert; the search behind it finds the rest. */
    static final int EVIDENCE = 20;
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final long window;
    private final long lateness;
    private final double weight;
    private final double deviations;
    private final int minArticles;
    private final long minHistory;

    public SpikeRule(PresswatchConfig.Spike settings) {
        this.window = settings.window().toMillis();
        this.lateness = settings.lateness().toMillis();
        this.weight = settings.baselineWeight();
        this.deviations = settings.deviations();
        this.minArticles = settings.minArticles();
        this.minHistory = settings.minHistory().toMillis();
    }

    @Override
    public Outcome<SpikeState> observe(SpikeState state, Mention mention, Instant now) {
        long at = mention.at().toEpochMilli();
        long start = Math.floorDiv(at, window) * window;
        if (state == null) {
            state = new SpikeState(Baseline.EMPTY, start, start - window, at, List.of());
        }
        if (start <= state.foldedThrough()) {
            return new Outcome<>(state, Optional.empty());
        }
        List<Window> open = new ArrayList<>(state.open());
        int index = 0;
        while (index < open.size() && open.get(index).start() < start) {
            index++;
        }
        Window counted = index < open.size() && open.get(index).start() == start ? open.get(index) : new Window(start, 0, false, List.of());
        List<String> ids = new ArrayList<>(counted.articleIds());
        if (ids.size() < EVIDENCE) {
            ids.add(mention.articleId());
        }
        Baseline baseline = state.baseline();
        int count = counted.count() + 1;
        boolean warm = start - state.firstWindow() >= minHistory;
        boolean spike = !counted.alerted() && warm && count >= baseline.threshold(deviations, minArticles);
        Window updated = new Window(start, count, counted.alerted() || spike, ids);
        if (index < open.size() && open.get(index).start() == start) {
            open.set(index, updated);
        } else {
            open.add(index, updated);
        }
        Optional<Alert> alert = spike ? Optional.of(alertOf(mention, updated, baseline, now)) : Optional.empty();
        return new Outcome<>(fold(new SpikeState(baseline, state.firstWindow(), state.foldedThrough(), Math.max(state.newest(), at), open)), alert);
    }

    /** Folds every window that ended {@code lateness} before the newest event, empty ones included. */
    private SpikeState fold(SpikeState state) {
        long closedThrough = Math.floorDiv(state.newest() - lateness, window) * window - window;
        if (closedThrough <= state.foldedThrough()) {
            return state;
        }
        Baseline baseline = state.baseline();
        long folded = state.foldedThrough();
        List<Window> open = new ArrayList<>();
        for (Window w : state.open()) {
            if (w.start() <= closedThrough) {
                baseline = baseline.foldEmpty((w.start() - folded) / window - 1, weight).fold(w.count(), weight);
                folded = w.start();
            } else {
                open.add(w);
            }
        }
        baseline = baseline.foldEmpty((closedThrough - folded) / window, weight);
        return new SpikeState(baseline, state.firstWindow(), closedThrough, state.newest(), open);
    }

    private Alert alertOf(Mention mention, Window counted, Baseline baseline, Instant now) {
        String place = mention.province() == null ? Mention.NATIONAL : mention.province();
        Instant start = Instant.ofEpochMilli(counted.start());
        String id = "spike-" + place + "-" + mention.topic() + "-" + ID_TIME.format(start);
        String summary = String.format(Locale.ROOT, "%d articles on %s about %s in the %s from %s, against %.1f ± %.1f usually",
                counted.count(), mention.topic(), mention.province() == null ? "the country" : mention.province(),
                Durations.format(java.time.Duration.ofMillis(window)), start, baseline.mean(), baseline.deviation());
        return new Alert(id, Alert.Kind.SPIKE, now, mention.province(), mention.topic(), summary, counted.articleIds(),
                Map.of("count", (double) counted.count(), "baseline_mean", baseline.mean(), "baseline_sd", baseline.deviation(),
                        "threshold", baseline.threshold(deviations, minArticles), "window_start", (double) start.getEpochSecond(),
                        "window_seconds", window / 1000.0));
    }
}
