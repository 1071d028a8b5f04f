package org.presswatch.pipeline.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.presswatch.core.config.Durations;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.AlertFigures;
import org.presswatch.pipeline.alerts.SpikeState.Window;

/**
 * Raises a spike when a key's articles in a window (by publication time) reach the key's
 * threshold ({@link Baseline#threshold}), as soon as they do. Windows are {@code window} long and
 * start every half window, so a surge shorter than half a window is seen whole in one of them,
 * even when it straddles the turn of the hour. One surge raises one spike: after raising one, the
 * key stays quiet for a window.
 *
 * <p>The baseline is kept over the same windows, so it measures the statistic the detection
 * compares. A window is folded in once an article published {@code lateness} after its end has
 * been seen, with every empty window between: windows close on the key's own event time. The
 * baseline is consulted only when the key's next article comes, so folding then is exact, and a
 * key's alerts never wait for the slowest source's watermark. An article for a closed window is
 * too late to count. Pure and thread-safe; the Flink operator keeps the state.
 */
public final class SpikeRule implements AlertRule<Mention, SpikeState> {
    private static final long serialVersionUID = 1L;
    /** Articles cited by a spike alert; the search behind it finds the rest. */
    static final int EVIDENCE = 20;
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final long window;
    private final long hop;
    private final long lateness;
    private final double weight;
    private final double deviations;
    private final int minArticles;
    private final long minHistory;

    public SpikeRule(PresswatchConfig.Spike settings) {
        this.window = settings.window().toMillis();
        this.hop = Math.max(1, window / 2);
        this.lateness = settings.lateness().toMillis();
        this.weight = settings.baselineWeight();
        this.deviations = settings.deviations();
        this.minArticles = settings.minArticles();
        this.minHistory = settings.minHistory().toMillis();
    }

    @Override
    public Outcome<SpikeState> observe(SpikeState state, Mention mention, Instant now) {
        long at = mention.at().toEpochMilli();
        long latest = Math.floorDiv(at, hop) * hop;
        long earliest = latest - hop;
        if (state == null) {
            state = new SpikeState(Baseline.EMPTY, earliest, earliest - hop, at, List.of(), Long.MIN_VALUE);
        }
        if (latest <= state.foldedThrough()) {
            return new Outcome<>(state, Optional.empty());
        }
        List<Window> open = new ArrayList<>(state.open());
        Window fullest = null;
        for (long start = Math.max(earliest, state.foldedThrough() + hop); start <= latest; start += hop) {
            Window counted = count(open, start, mention.articleId());
            fullest = fullest == null || counted.count() > fullest.count() ? counted : fullest;
        }
        Baseline baseline = state.baseline();
        boolean warm = at - state.firstWindow() >= minHistory;
        boolean quiet = state.lastSpike() == Long.MIN_VALUE || at - state.lastSpike() >= window;
        Optional<Alert> alert = Optional.empty();
        long lastSpike = state.lastSpike();
        if (warm && quiet && fullest.count() >= baseline.threshold(deviations, minArticles)) {
            alert = Optional.of(alertOf(mention, fullest, baseline, now));
            lastSpike = at;
        }
        return new Outcome<>(fold(new SpikeState(baseline, state.firstWindow(), state.foldedThrough(), Math.max(state.newest(), at), open,
                lastSpike)), alert);
    }

    /** Counts the article in the window starting at {@code start}, opening it if needed; returns the window. */
    private static Window count(List<Window> open, long start, String articleId) {
        int index = 0;
        while (index < open.size() && open.get(index).start() < start) {
            index++;
        }
        boolean exists = index < open.size() && open.get(index).start() == start;
        Window before = exists ? open.get(index) : new Window(start, 0, List.of());
        List<String> ids = new ArrayList<>(before.articleIds());
        if (ids.size() < EVIDENCE) {
            ids.add(articleId);
        }
        Window after = new Window(start, before.count() + 1, ids);
        if (exists) {
            open.set(index, after);
        } else {
            open.add(index, after);
        }
        return after;
    }

    /** Folds every window that ended {@code lateness} before the newest event, empty ones included. */
    private SpikeState fold(SpikeState state) {
        long closedThrough = Math.floorDiv(state.newest() - lateness - window, hop) * hop;
        if (closedThrough <= state.foldedThrough()) {
            return state;
        }
        Baseline baseline = state.baseline();
        long folded = state.foldedThrough();
        List<Window> open = new ArrayList<>();
        for (Window w : state.open()) {
            if (w.start() <= closedThrough) {
                baseline = baseline.foldEmpty((w.start() - folded) / hop - 1, weight).fold(w.count(), weight);
                folded = w.start();
            } else {
                open.add(w);
            }
        }
        baseline = baseline.foldEmpty((closedThrough - folded) / hop, weight);
        return new SpikeState(baseline, state.firstWindow(), closedThrough, state.newest(), open, state.lastSpike());
    }

    private Alert alertOf(Mention mention, Window counted, Baseline baseline, Instant now) {
        String place = mention.province() == null ? Mention.NATIONAL : mention.province();
        Instant start = Instant.ofEpochMilli(counted.start());
        String id = "spike-" + place + "-" + mention.topic() + "-" + ID_TIME.format(start);
        String summary = String.format(Locale.ROOT, "%d articles on %s about %s in the %s from %s, against %.1f ± %.1f usually",
                counted.count(), mention.topic(), mention.province() == null ? "the country" : mention.province(),
                Durations.format(Duration.ofMillis(window)), start, baseline.mean(), baseline.deviation());
        return new Alert(id, now, mention.province(), mention.topic(), summary, counted.articleIds(),
                new AlertFigures.Spike(counted.count(), baseline.mean(), baseline.deviation(), baseline.threshold(deviations, minArticles),
                        start, window / 1000));
    }
}
