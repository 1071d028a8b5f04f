package org.presswatch.bench.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.presswatch.core.alert.AlertStore;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.pipeline.alerts.AlertRule;
import org.presswatch.pipeline.alerts.AmplificationRule;
import org.presswatch.pipeline.alerts.HighRiskRule;
import org.presswatch.pipeline.alerts.Mention;
import org.presswatch.pipeline.alerts.SpikeRule;
import org.presswatch.pipeline.alerts.SpikeState;
import org.presswatch.pipeline.alerts.StoryCopy;

/**
 * The job's three alert rules without Flink: each key's state in a map instead of keyed state
 * (spikes per province and topic, stories per language), updated atomically per key so that
 * several loop threads share it as the job's parallel instances share their keys; the alerts
 * raised are kept and recorded in one go by {@link #flush}, as the job records a checkpoint's.
 * Thread-safe.
 */
final class MemoryAlerts {
    private final HighRiskRule highRisk;
    private final SpikeRule spike;
    private final AmplificationRule amplification;
    private final Map<String, SpikeState> spikes = new ConcurrentHashMap<>();
    private final Map<String, AmplificationRule.State> stories = new ConcurrentHashMap<>();
    private final AlertStore store;
    private final List<Alert> raised = new ArrayList<>();

    MemoryAlerts(PresswatchConfig.Alerts settings, AlertStore store) {
        this.highRisk = new HighRiskRule(settings.highRisk());
        this.spike = new SpikeRule(settings.spike());
        this.amplification = new AmplificationRule(settings.amplification());
        this.store = store;
    }

    void observe(AnalyzedArticle article) {
        Instant now = Instant.now();
        List<Alert> raised = new ArrayList<>();
        highRisk.check(article, now).ifPresent(raised::add);
        for (Mention mention : Mention.of(article)) {
            apply(spikes, mention.key(), spike, mention, now, raised);
        }
        StoryCopy copy = StoryCopy.of(article);
        apply(stories, copy.language(), amplification, copy, now, raised);
        synchronized (this.raised) {
            this.raised.addAll(raised);
        }
    }

    /** Records the alerts raised so far. */
    void flush() throws IOException {
        synchronized (raised) {
            store.recordAll(List.copyOf(raised));
            raised.clear();
        }
    }

    private static <I, S> void apply(Map<String, S> states, String key, AlertRule<I, S> rule, I input, Instant now, List<Alert> raised) {
        states.compute(key, (k, state) -> {
            AlertRule.Outcome<S> outcome = rule.observe(state, input, now);
            outcome.alert().ifPresent(raised::add);
            return outcome.state();
        });
    }
}
