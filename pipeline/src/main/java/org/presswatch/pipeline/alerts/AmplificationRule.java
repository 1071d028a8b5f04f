package org.presswatch.pipeline.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.presswatch.analysis.duplicates.SimHash;
import org.presswatch.core.config.Durations;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.AlertFigures;

/**
 * Finds one story published by many sources within a short time. A story is the set of recent
 * copies whose fingerprints are near-duplicates ({@link SimHash#NEAR_DUPLICATE_BITS}) of an
 * article; when its copies come from {@code min-sources} distinct sources, it raises one
 * alert, named after its earliest copy, and every later copy near one of its members joins that
 * alert instead of raising another.
 *
 * <p>Copies are kept for the window after the newest article seen, at most {@link #MAX_COPIES}
 * of them (the oldest go first). Comparing a new article with each kept copy is a XOR and a bit
 * count, so even a full state costs microseconds. Pure and thread-safe; the Flink operator keeps
 * the state, keyed by language, since a translated story is a different text.
 */
public final class AmplificationRule implements AlertRule<StoryCopy, AmplificationRule.State> {
    private static final long serialVersionUID = 1L;
    static final int MAX_COPIES = 50_000;

    private final long window;
    private final int minSources;

    public AmplificationRule(PresswatchConfig.Amplification settings) {
        this.window = settings.window().toMillis();
        this.minSources = settings.minSources();
    }

    /** What one language remembers: the recent copies, oldest first, and the latest time seen. */
    public record State(long newest, List<StoryCopy> copies) {
        public State {
            copies = List.copyOf(copies);
        }
    }

    @Override
    public Outcome<State> observe(State state, StoryCopy copy, Instant now) {
        if (state == null) {
            state = new State(Long.MIN_VALUE, List.of());
        }
        if (copy.fingerprint() == 0) {
            return new Outcome<>(state, Optional.empty());
        }
        long at = copy.at().toEpochMilli();
        long newest = Math.max(state.newest(), at);
        List<StoryCopy> kept = new ArrayList<>();
        List<StoryCopy> near = new ArrayList<>();
        for (StoryCopy c : state.copies()) {
            if (c.at().toEpochMilli() < newest - window) {
                continue;
            }
            kept.add(c);
            if (Math.abs(c.at().toEpochMilli() - at) <= window && SimHash.distance(c.fingerprint(), copy.fingerprint()) <= SimHash.NEAR_DUPLICATE_BITS) {
                near.add(c);
            }
        }
        Optional<String> joined = near.stream().map(StoryCopy::alertId).filter(id -> id != null).findFirst();
        Optional<Alert> alert = Optional.empty();
        StoryCopy added = copy;
        if (joined.isPresent()) {
            added = copy.joining(joined.get());
        } else if (sources(near, copy).size() >= minSources) {
            near.add(copy);
            near.sort(Comparator.comparing(StoryCopy::at).thenComparing(StoryCopy::articleId));
            Alert raised = alertOf(near, now);
            alert = Optional.of(raised);
            kept.replaceAll(c -> near.contains(c) ? c.joining(raised.id()) : c);
            added = copy.joining(raised.id());
        }
        if (at >= newest - window) {
            kept.add(added);
        }
        while (kept.size() > MAX_COPIES) {
            kept.remove(0);
        }
        return new Outcome<>(new State(newest, kept), alert);
    }

    private static Set<String> sources(List<StoryCopy> near, StoryCopy copy) {
        Set<String> sources = new LinkedHashSet<>();
        sources.add(copy.sourceId());
        near.forEach(c -> sources.add(c.sourceId()));
        return sources;
    }

    private Alert alertOf(List<StoryCopy> story, Instant now) {
        StoryCopy first = story.get(0);
        int sources = sources(story, first).size();
        String summary = String.format(Locale.ROOT, "one story from %d sources within %s: %s", sources,
                Durations.format(java.time.Duration.ofMillis(window)), first.title());
        return new Alert("story-" + first.articleId(), now, first.province(), first.topic(), summary,
                story.stream().map(StoryCopy::articleId).toList(),
                new AlertFigures.Amplification(sources, story.size(), window / 1000, first.at()));
    }
}
