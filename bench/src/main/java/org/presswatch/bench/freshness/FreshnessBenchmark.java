package org.presswatch.bench.freshness;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presswatch.api.runtime.DemoRuntime;
import org.presswatch.core.alert.AlertQuery;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.Article;
import org.presswatch.demo.corpus.ReleaseSchedule.Release;

/**
 * How fresh the demo is: presswatch runs on the demo newsroom (real crawl, job, index and alert
 * store), and every item the newsroom publishes after its backlog is timed from its publication
 * to the moment it can be found in the index; the newsroom's spike (the Lạng Sơn border surge)
 * is timed from the article that completes it to its alert, and the spikes it raises counted.
 * Nothing is simulated but the newsroom; the clock is the wall clock.
 */
public final class FreshnessBenchmark {
    /** The province and topic of the demo newsroom's surge. */
    public static final String SPIKE_PROVINCE = "20";
    public static final String SPIKE_TOPIC = "border";
    private static final Duration POLL = Duration.ofMillis(100);
    /** An item not searchable this long after its publication counts as never. */
    private static final Duration GIVE_UP = Duration.ofSeconds(120);

    /**
     * @param searchable for each item timed, the delay from its publication to being found, in
     *     publication order (null for one never found)
     * @param spikeAlerts the spike alerts on the surge's province and topic
     * @param spikeDelay from the publication of the last article the first of them cites to its
     *     appearance, or null
     * @param otherAlerts the other alerts raised meanwhile, by kind
     */
    public record Report(List<Duration> searchable, Duration bound, List<Alert> spikeAlerts, Duration spikeDelay,
                         Map<Alert.Kind, Integer> otherAlerts) {
        public long within() {
            return searchable.stream().filter(d -> d != null && d.compareTo(bound) <= 0).count();
        }

        public Duration percentile(double p) {
            List<Duration> sorted = searchable.stream().map(d -> d == null ? GIVE_UP : d).sorted().toList();
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
        }
    }

    private FreshnessBenchmark() {}

    /**
     * Runs the demo until {@code items} items published after the backlog (the surge included)
     * have been timed, and the surge has been published and given time to raise its alert.
     *
     * @param config the demo's settings, its data directory empty
     */
    public static Report run(PresswatchConfig config, int items, PrintStream progress) throws Exception {
        Instant epoch = Instant.now();
        try (DemoRuntime demo = DemoRuntime.start(config, epoch, Clock.systemUTC())) {
            List<Release> live = demo.newsroom().schedule().all().stream().filter(r -> r.at().isAfter(epoch))
                    .sorted(Comparator.comparing(Release::at)).toList();
            List<Release> timed = live.subList(0, Math.min(items, live.size()));
            List<Release> surge = demo.newsroom().schedule().spike();
            Instant lastSpike = surge.isEmpty() ? epoch : surge.get(surge.size() - 1).at();
            Instant end = max(timed.get(timed.size() - 1).at(), lastSpike).plus(GIVE_UP);
            Map<String, Duration> found = new LinkedHashMap<>();
            Map<String, Instant> alertsSeen = new LinkedHashMap<>();
            Map<String, Alert> alerts = new LinkedHashMap<>();
            Instant nextReport = Instant.now().plusSeconds(10);
            while (Instant.now().isBefore(end) && !(found.size() == timed.size() && Instant.now().isAfter(lastSpike.plus(config.pipeline()
                    .checkpointInterval().multipliedBy(3))))) {
                Instant now = Instant.now();
                for (Release r : timed) {
                    String id = idOf(r);
                    if (!found.containsKey(id) && !r.at().isAfter(now) && demo.presswatch().index().get(id).isPresent()) {
                        found.put(id, Duration.between(r.at(), now));
                    }
                }
                for (Alert alert : demo.presswatch().alerts().recent(AlertQuery.newest(AlertQuery.MAX_LIMIT))) {
                    if (alertsSeen.putIfAbsent(alert.id(), now) == null) {
                        alerts.put(alert.id(), alert);
                    }
                }
                if (now.isAfter(nextReport)) {
                    progress.printf("  %d of %d items searchable, %d alerts%n", found.size(), timed.size(), alerts.size());
                    nextReport = now.plusSeconds(10);
                }
                Thread.sleep(POLL.toMillis());
            }
            List<Duration> delays = timed.stream().map(r -> found.get(idOf(r))).toList();
            List<Alert> spikes = alerts.values().stream().filter(a -> a.kind() == Alert.Kind.SPIKE
                    && SPIKE_PROVINCE.equals(a.province()) && SPIKE_TOPIC.equals(a.topic())).toList();
            Duration spikeDelay = spikes.isEmpty() ? null : Duration.between(lastCited(spikes.get(0), live), alertsSeen.get(spikes.get(0).id()));
            Map<Alert.Kind, Integer> others = new LinkedHashMap<>();
            alerts.values().stream().filter(a -> !spikes.contains(a)).forEach(a -> others.merge(a.kind(), 1, Integer::sum));
            return new Report(delays, config.pipeline().checkpointInterval().plusSeconds(5), spikes, spikeDelay, others);
        }
    }

    private static String idOf(Release release) {
        return Article.idFor(URI.create(release.article().url()));
    }

    private static Instant lastCited(Alert alert, List<Release> live) {
        return live.stream().filter(r -> alert.articleIds().contains(idOf(r))).map(Release::at).max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("spike " + alert.id() + " cites no article published live"));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
