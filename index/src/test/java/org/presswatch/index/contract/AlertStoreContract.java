package org.presswatch.index.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.presswatch.core.alert.AlertQuery;
import org.presswatch.core.alert.AlertStore;
import org.presswatch.core.alert.InMemoryAlertStore;
import org.presswatch.core.model.Alert.Kind;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.AlertFigures;

/**
 * What every {@link AlertStore} promises, {@link InMemoryAlertStore} being the reference: each
 * backend's test extends it and says how to open a new, empty store and how to throw one away.
 */
public abstract class AlertStoreContract {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    protected AlertStore store;

    /** A new, empty store; a backend that cannot run here aborts the test with a reason. */
    protected abstract AlertStore open() throws IOException;

    /** Closes the store and removes what it kept outside the test's temporary directories. */
    protected void discard(AlertStore store) throws IOException {
        store.close();
    }

    @BeforeEach
    void openStore() throws IOException {
        store = open();
    }

    @AfterEach
    void discardStore() throws IOException {
        if (store != null) {
            discard(store);
        }
    }

    /** An alert raised {@code nanos} after 08:00 on 1 March 2026, whose summary and figures name {@code version}. */
    protected static Alert alert(String id, Kind kind, long nanos, String province, String topic, int version) {
        return new Alert(id, T0.plusNanos(nanos), province, topic, "alert " + id + ", version " + version,
                List.of("article-" + id, "article-" + version), figures(kind, version));
    }

    /** Figures of the kind, some of which name {@code version}. */
    private static AlertFigures figures(Kind kind, int version) {
        return switch (kind) {
            case SPIKE -> new AlertFigures.Spike(12 + version, 3.25, 1.8, 8.65, T0.minusSeconds(1800), 3600);
            case HIGH_RISK -> new AlertFigures.HighRisk(version / (version + 1.0), Map.of("topic", 0.5, "foreign", 0.125));
            case AMPLIFICATION -> new AlertFigures.Amplification(4, 4 + version, 21_600, T0.minusSeconds(7200));
        };
    }

    /** A national alert raised at {@code when}, for the times a backend cannot keep. */
    protected static Alert raisedAt(String id, String when) {
        return new Alert(id, Instant.parse(when), null, null, "raised at " + when, List.of("article-" + id), figures(Kind.SPIKE, 1));
    }

    protected static Alert alert(String id, long nanos) {
        return alert(id, Kind.SPIKE, nanos, "48", "sovereignty", 1);
    }

    private static List<String> ids(List<Alert> alerts) {
        return alerts.stream().map(Alert::id).toList();
    }

    @Test
    void aNewStoreIsEmpty() throws IOException {
        assertEquals(0, store.count(), "count of a new store");
        assertEquals(Optional.empty(), store.get("spike-48-sovereignty"), "get on a new store");
        assertEquals(List.of(), store.recent(AlertQuery.newest(AlertQuery.MAX_LIMIT)), "recent on a new store");
    }

    @Test
    void theFirstAlertOfAnIdIsKeptAndLaterOnesIgnored() throws IOException {
        Alert first = alert("spike-48", Kind.SPIKE, 0, "48", "sovereignty", 1);
        Alert later = alert("spike-48", Kind.HIGH_RISK, 5_000_000_000L, "01", null, 2);

        assertTrue(store.record(first), "the first record of an id");
        assertFalse(store.record(later), "a second record of the id, other content");
        assertFalse(store.record(first), "a third record of the id, the same content");
        assertEquals(Optional.of(first), store.get("spike-48"), "what get returns: the first alert");
        assertEquals(List.of(first), store.recent(AlertQuery.newest(10)), "recent after three records of one id");
        assertEquals(1, store.count(), "count after three records of one id");
    }

    @Test
    void aBatchKeepsTheNewAlertsAndNamesThem() throws IOException {
        Alert kept = alert("kept", Kind.SPIKE, 0, "48", "sovereignty", 1);
        assertTrue(store.record(kept));
        Alert fresh = alert("fresh", Kind.HIGH_RISK, 1, "01", null, 1);
        Alert twice = alert("twice", Kind.AMPLIFICATION, 2, null, "religion", 1);
        Alert twiceLater = alert("twice", Kind.AMPLIFICATION, 3, null, "religion", 2);
        assertEquals(Set.of("fresh", "twice"),
                store.recordAll(List.of(alert("kept", Kind.SPIKE, 5, "48", "sovereignty", 2), fresh, twice, twiceLater)),
                "the new ones, each once; the first of an id in the batch wins");
        assertEquals(Optional.of(kept), store.get("kept"));
        assertEquals(Optional.of(twice), store.get("twice"));
        assertEquals(3, store.count());
        assertEquals(Set.of(), store.recordAll(List.of(fresh, twice)), "all known");
        assertEquals(Set.of(), store.recordAll(List.of()), "nothing to keep");
    }

    @Test
    void anAlertComesBackExactlyAsRecorded() throws IOException {
        Alert alert = new Alert("risk-8856edbce982d7b9", Instant.parse("2026-11-26T02:12:36.123456789Z"),
                "51", "human_rights", "Bài viết có nguy cơ cao: \"Biển Đông\" — 南海",
                List.of("8856edbce982d7b9", "0a1b2c3d", "ffee"),
                new AlertFigures.HighRisk(0.87, Map.of("z.score", Double.NaN, "ratio", Double.POSITIVE_INFINITY, "số bài", 4.0, "", -0.0)));
        assertTrue(store.record(alert), "record");
        assertEquals(Optional.of(alert), store.get(alert.id()), "get");
        assertEquals(List.of(alert), store.recent(AlertQuery.newest(1)), "recent");
        assertEquals(Optional.empty(), store.get("risk-8856edbce982d7b"), "get of a prefix of the id");
    }

    @Test
    void nationalAlertsWithoutProvinceOrTopicAreKept() throws IOException {
        Alert national = alert("amplified-story", Kind.AMPLIFICATION, 0, null, null, 1);
        Alert provincial = alert("spike-01", Kind.SPIKE, 1, "01", "border", 1);
        assertTrue(store.record(national), "record of a national alert");
        assertTrue(store.record(provincial), "record of a provincial alert");

        assertEquals(Optional.of(national), store.get("amplified-story"), "get of the national alert");
        assertEquals(List.of(provincial, national), store.recent(AlertQuery.newest(10)), "recent, unfiltered");
        assertEquals(List.of(provincial), store.recent(new AlertQuery("01", null, null, 10)),
                "recent for one province leaves out the national alert");
        assertEquals(List.of(national), store.recent(new AlertQuery(null, Kind.AMPLIFICATION, null, 10)),
                "recent for the national alert's kind");
    }

    @Test
    void recentListsTheNewestFirstAndTiesById() throws IOException {
        // recorded out of order; b, c and a raised at the same nanosecond, d one nanosecond later
        for (Alert a : List.of(alert("c", 1_000), alert("e", 0), alert("a", 1_000), alert("d", 1_001), alert("b", 1_000),
                alert("f", -86_400_000_000_000L))) {
            assertTrue(store.record(a), "record of " + a.id());
        }
        assertEquals(List.of("d", "a", "b", "c", "e", "f"), ids(store.recent(AlertQuery.newest(10))), "the order of recent");
    }

    @Test
    void recentKeepsToTheProvince() throws IOException {
        store.record(alert("s-48", Kind.SPIKE, 0, "48", "sovereignty", 1));
        store.record(alert("s-01", Kind.SPIKE, 1, "01", "sovereignty", 1));
        store.record(alert("r-48", Kind.HIGH_RISK, 2, "48", null, 1));
        store.record(alert("a", Kind.AMPLIFICATION, 3, null, null, 1));

        assertEquals(List.of("r-48", "s-48"), ids(store.recent(new AlertQuery("48", null, null, 10))), "province 48");
        assertEquals(List.of("s-01"), ids(store.recent(new AlertQuery("01", null, null, 10))), "province 01");
        assertEquals(List.of(), ids(store.recent(new AlertQuery("79", null, null, 10))), "a province with no alert");
    }

    @Test
    void recentKeepsToTheKind() throws IOException {
        store.record(alert("s1", Kind.SPIKE, 0, "48", "sovereignty", 1));
        store.record(alert("r1", Kind.HIGH_RISK, 1, "48", null, 1));
        store.record(alert("s2", Kind.SPIKE, 2, "01", "religion", 1));

        assertEquals(List.of("s2", "s1"), ids(store.recent(new AlertQuery(null, Kind.SPIKE, null, 10))), "spikes");
        assertEquals(List.of("r1"), ids(store.recent(new AlertQuery(null, Kind.HIGH_RISK, null, 10))), "high risk");
        assertEquals(List.of(), ids(store.recent(new AlertQuery(null, Kind.AMPLIFICATION, null, 10))), "a kind with no alert");
    }

    @Test
    void recentKeepsToAlertsRaisedSinceTheInstantItselfIncluded() throws IOException {
        store.record(alert("early", 0));
        store.record(alert("on-time", 1_000_000_000L));
        store.record(alert("late", 1_000_000_001L));

        assertEquals(List.of("late", "on-time"), ids(store.recent(new AlertQuery(null, null, T0.plusSeconds(1), 10))),
                "since the instant one alert was raised");
        assertEquals(List.of("late"), ids(store.recent(new AlertQuery(null, null, T0.plusNanos(1_000_000_001L), 10))),
                "since one nanosecond later");
        assertEquals(List.of("late", "on-time", "early"), ids(store.recent(new AlertQuery(null, null, Instant.EPOCH, 10))),
                "since 1970");
        assertEquals(List.of(), ids(store.recent(new AlertQuery(null, null, T0.plusSeconds(2), 10))), "since after every alert");
        assertEquals(List.of("early"), ids(store.recent(new AlertQuery(null, null, null, T0.plusSeconds(1), 10))),
                "until the instant one alert was raised, that one left out");
        assertEquals(List.of("on-time"), ids(store.recent(new AlertQuery(null, null, T0.plusSeconds(1), T0.plusNanos(1_000_000_001L), 10))),
                "since one instant until one nanosecond later");
        assertEquals(List.of(), ids(store.recent(new AlertQuery(null, null, null, Instant.EPOCH, 10))), "until 1970");
    }

    @Test
    void recentAppliesTheFiltersTogetherAndTheLimit() throws IOException {
        for (int i = 0; i < 6; i++) {
            store.record(alert("s48-" + i, Kind.SPIKE, i * 1_000_000_000L, "48", "sovereignty", i));
            store.record(alert("r48-" + i, Kind.HIGH_RISK, i * 1_000_000_000L, "48", null, i));
            store.record(alert("s01-" + i, Kind.SPIKE, i * 1_000_000_000L, "01", "image", i));
        }
        assertEquals(List.of("s48-5", "s48-4", "s48-3", "s48-2"),
                ids(store.recent(new AlertQuery("48", Kind.SPIKE, T0.plusSeconds(2), 10))), "province, kind and since");
        assertEquals(List.of("s48-5", "s48-4"), ids(store.recent(new AlertQuery("48", Kind.SPIKE, T0.plusSeconds(2), 2))),
                "the same, limited to 2");
        assertEquals(List.of("r48-5", "s01-5", "s48-5"), ids(store.recent(AlertQuery.newest(3))), "the newest 3");
        assertEquals(List.of("r48-5"), ids(store.recent(AlertQuery.newest(1))), "the newest one");
        assertEquals(18, store.recent(AlertQuery.newest(AlertQuery.MAX_LIMIT)).size(), "all of them");
        assertEquals(18, store.count(), "count");
    }

    @Test
    void recentAgreesWithTheReferenceOnEveryCombinationOfFilters() throws IOException {
        InMemoryAlertStore reference = new InMemoryAlertStore();
        Random random = new Random(20260301);
        String[] provinces = {"01", "48", "79", null};
        for (int i = 0; i < 40; i++) {
            Alert a = alert("alert-" + random.nextInt(30), Kind.values()[random.nextInt(Kind.values().length)],
                    random.nextInt(6) * 1_000L, provinces[random.nextInt(provinces.length)], null, i);
            assertEquals(reference.record(a), store.record(a), "whether " + a.id() + " is new");
        }
        assertEquals(reference.count(), store.count(), "count");
        List<Kind> kinds = new ArrayList<>(Arrays.asList(Kind.values()));
        kinds.add(null);
        for (String province : provinces) {
            for (Kind kind : kinds) {
                for (Instant since : Arrays.asList(null, T0.plusNanos(2_000), T0.plusNanos(5_000))) {
                    for (Instant until : Arrays.asList(null, T0.plusNanos(6_000), T0.plusNanos(4_000))) {
                        if (since != null && until != null && !since.isBefore(until)) {
                            continue;
                        }
                        for (int limit : new int[] {1, 4, AlertQuery.MAX_LIMIT}) {
                            AlertQuery query = new AlertQuery(province, kind, since, until, limit);
                            assertEquals(reference.recent(query), store.recent(query), query.toString());
                        }
                    }
                }
            }
        }
    }

    @Test
    void ofConcurrentRecordsOfOneIdExactlyOneWins() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 5; round++) {
                String id = "raced-" + round;
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<Boolean>> results = new ArrayList<>();
                List<Alert> alerts = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Alert a = alert(id, Kind.SPIKE, round, "48", "sovereignty", t);
                    alerts.add(a);
                    results.add(pool.submit(() -> {
                        start.await();
                        return store.record(a);
                    }));
                }
                List<Alert> winners = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    if (results.get(t).get()) {
                        winners.add(alerts.get(t));
                    }
                }
                assertEquals(1, winners.size(), "how many of " + threads + " concurrent records of " + id + " were new");
                assertEquals(Optional.of(winners.get(0)), store.get(id), "the alert kept for " + id);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(5, store.count(), "count after five races");
    }
}
