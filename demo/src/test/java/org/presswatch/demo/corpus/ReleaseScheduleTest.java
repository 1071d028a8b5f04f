package org.presswatch.demo.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.presswatch.demo.corpus.ReleaseSchedule.Release;

@Timeout(30)
class ReleaseScheduleTest {
    private static final Instant EPOCH = Instant.parse("2025-11-20T03:00:00Z");
    private static final Duration INTERVAL = Duration.ofMinutes(15);
    private static final Duration BACKLOG_SPAN = Duration.ofHours(72);

    private static final Duration SPIKE_AFTER = Duration.ofMinutes(95);

    private static List<CorpusArticle> articles;
    private static List<CorpusArticle> spike;

    @BeforeAll
    static void load() {
        Corpus corpus = Corpus.load();
        articles = corpus.articles();
        spike = corpus.spike();
    }

    private static ReleaseSchedule withSpike(Duration after) {
        return new ReleaseSchedule(articles, EPOCH, 0.5, INTERVAL, spike, after);
    }

    private static List<String> order(ReleaseSchedule schedule) {
        return schedule.all().stream().map(r -> r.article().outlet().id() + "/" + r.article().slug()).toList();
    }

    private static long backlogOf(ReleaseSchedule schedule, Instant epoch) {
        return schedule.all().stream().filter(r -> r.at().isBefore(epoch)).count();
    }

    @ParameterizedTest(name = "share {0}")
    @ValueSource(doubles = {0.0, 0.001, 0.25, 0.3, 0.5, 0.6, 0.999, 1.0})
    void backlogIsTheRoundedShareOfTheCorpus(double share) {
        ReleaseSchedule schedule = new ReleaseSchedule(articles, EPOCH, share, INTERVAL);
        assertEquals(articles.size(), schedule.all().size(), "every article should be scheduled exactly once");
        assertEquals(Math.round(articles.size() * share), backlogOf(schedule, EPOCH),
                "backlog for share " + share + " of " + articles.size() + " articles");
    }

    @Test
    void everyArticleIsScheduledExactlyOnce() {
        ReleaseSchedule schedule = new ReleaseSchedule(articles, EPOCH, 0.5, INTERVAL);
        Set<CorpusArticle> scheduled = new HashSet<>();
        schedule.all().forEach(r -> assertTrue(scheduled.add(r.article()), "scheduled twice: " + r.article().slug()));
        assertEquals(new HashSet<>(articles), scheduled, "the schedule should hold exactly the corpus");
    }

    @Test
    void backlogIsSpreadOverTheSeventyTwoHoursBeforeTheEpoch() {
        ReleaseSchedule schedule = new ReleaseSchedule(articles, EPOCH, 0.5, INTERVAL);
        int backlog = (int) Math.round(articles.size() * 0.5);
        List<Release> all = schedule.all();
        assertEquals(EPOCH.minus(BACKLOG_SPAN), all.get(0).at(), "the backlog should start 72 h before the epoch");
        for (int i = 0; i < backlog; i++) {
            Instant at = all.get(i).at();
            assertFalse(at.isBefore(EPOCH.minus(BACKLOG_SPAN)), "backlog release " + i + " at " + at + " is more than 72 h before the epoch");
            assertTrue(at.isBefore(EPOCH), "backlog release " + i + " at " + at + " is not before the epoch");
        }
        Duration lastGap = Duration.between(all.get(backlog - 1).at(), EPOCH);
        Duration step = BACKLOG_SPAN.dividedBy(backlog);
        assertTrue(lastGap.compareTo(step.multipliedBy(2)) <= 0,
                "the backlog should run up to the epoch, but its last release is " + lastGap + " before it");
        for (int i = 1; i < backlog; i++) {
            Duration gap = Duration.between(all.get(i - 1).at(), all.get(i).at());
            assertTrue(gap.compareTo(Duration.ZERO) > 0 && gap.compareTo(step.multipliedBy(2)) <= 0,
                    "backlog releases should be evenly spread, gap " + i + " is " + gap + " (step " + step + ")");
        }
    }

    @Test
    void liveReleasesComeOnePerIntervalAfterTheEpoch() {
        ReleaseSchedule schedule = new ReleaseSchedule(articles, EPOCH, 0.5, INTERVAL);
        int backlog = (int) Math.round(articles.size() * 0.5);
        List<Release> all = schedule.all();
        for (int i = backlog; i < all.size(); i++) {
            long k = i - backlog + 1;
            assertEquals(EPOCH.plus(INTERVAL.multipliedBy(k)), all.get(i).at(), "live release " + k + " should be at epoch + " + k + " x interval");
        }
    }

    @Test
    void allIsInPublicationOrder() {
        for (double share : new double[] {0.0, 0.5, 1.0}) {
            List<Release> all = new ReleaseSchedule(articles, EPOCH, share, INTERVAL).all();
            for (int i = 1; i < all.size(); i++) {
                assertTrue(all.get(i - 1).at().isBefore(all.get(i).at()),
                        "share " + share + ": release " + i + " (" + all.get(i).at() + ") is not after release " + (i - 1) + " (" + all.get(i - 1).at() + ")");
            }
        }
    }

    @Test
    void orderIsTheSameForSchedulesBuiltFromSeparatelyLoadedCorpora() {
        ReleaseSchedule first = new ReleaseSchedule(articles, EPOCH, 0.5, INTERVAL);
        ReleaseSchedule second = new ReleaseSchedule(Corpus.load().articles(), EPOCH, 0.5, INTERVAL);
        assertEquals(order(first), order(second), "two schedules of the same corpus should release in the same order");
        assertEquals(first.all().stream().map(Release::at).toList(), second.all().stream().map(Release::at).toList(),
                "and at the same times");
    }

    @Test
    void orderDoesNotDependOnTheInputOrderOrTheScheduleParameters() {
        List<CorpusArticle> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(42));
        List<String> reference = order(new ReleaseSchedule(articles, EPOCH, 0.5, INTERVAL));
        assertEquals(reference, order(new ReleaseSchedule(shuffled, EPOCH, 0.5, INTERVAL)), "order should not depend on the input order");
        assertEquals(reference, order(new ReleaseSchedule(articles, EPOCH.plusSeconds(86_400 * 40), 0.2, Duration.ofSeconds(5))),
                "order should not depend on epoch, share or interval");
    }

    @Test
    void orderIsAShuffleNotTheCorpusOrder() {
        List<String> corpusOrder = articles.stream().map(a -> a.outlet().id() + "/" + a.slug()).toList();
        List<String> scheduled = order(new ReleaseSchedule(articles, EPOCH, 0.5, INTERVAL));
        assertNotEquals(corpusOrder, scheduled, "the release order should mix the outlets, not follow the corpus files");
        int backlog = (int) Math.round(articles.size() * 0.5);
        long outletsInBacklog = scheduled.subList(0, backlog).stream().map(s -> s.substring(0, s.indexOf('/'))).distinct().count();
        long outlets = articles.stream().map(a -> a.outlet().id()).distinct().count();
        assertEquals(outlets, outletsInBacklog, "every outlet should have articles in a half-corpus backlog");
    }

    @Test
    void removingArticlesKeepsTheRelativeOrderOfTheOthers() {
        List<CorpusArticle> fewer = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (i % 3 != 0) {
                fewer.add(articles.get(i));
            }
        }
        Set<String> kept = new HashSet<>(order(new ReleaseSchedule(fewer, EPOCH, 0.5, INTERVAL)));
        List<String> fullOrderOfKept = order(new ReleaseSchedule(articles, EPOCH, 0.5, INTERVAL)).stream().filter(kept::contains).toList();
        assertEquals(fullOrderOfKept, order(new ReleaseSchedule(fewer, EPOCH, 0.5, INTERVAL)),
                "a changed corpus should not reshuffle the articles it keeps");
    }

    @Test
    void publishedAtIsNewestFirstAndHoldsExactlyWhatIsDue() {
        ReleaseSchedule schedule = new ReleaseSchedule(articles, EPOCH, 0.5, INTERVAL);
        Instant last = schedule.all().get(schedule.all().size() - 1).at();
        for (Instant now = EPOCH.minus(BACKLOG_SPAN).minusSeconds(3600); !now.isAfter(last.plusSeconds(3600)); now = now.plus(Duration.ofMinutes(37))) {
            List<Release> published = schedule.publishedAt(now);
            final Instant at = now;
            long due = schedule.all().stream().filter(r -> !r.at().isAfter(at)).count();
            assertEquals(due, published.size(), "at " + now + " every release due by then (and no other) should be published");
            published.forEach(r -> assertFalse(r.at().isAfter(at), "published at " + at + " but due at " + r.at()));
            for (int i = 1; i < published.size(); i++) {
                assertTrue(published.get(i - 1).at().isAfter(published.get(i).at()), "at " + now + " item " + i + " is not older than item " + (i - 1));
            }
        }
    }

    @Test
    void publishedAtIsMonotoneInTime() {
        ReleaseSchedule schedule = new ReleaseSchedule(articles, EPOCH, 0.5, INTERVAL);
        Set<Release> before = Set.of();
        Instant last = schedule.all().get(schedule.all().size() - 1).at();
        for (Instant now = EPOCH.minus(BACKLOG_SPAN).minusSeconds(1); !now.isAfter(last.plusSeconds(1)); now = now.plus(Duration.ofMinutes(11))) {
            Set<Release> current = Set.copyOf(schedule.publishedAt(now));
            assertTrue(current.containsAll(before), "an article published earlier disappeared at " + now);
            before = current;
        }
    }

    @Test
    void aReleaseIsPublishedFromItsExactInstantButNotJustBefore() {
        ReleaseSchedule schedule = new ReleaseSchedule(articles, EPOCH, 0.5, INTERVAL);
        for (Release r : List.of(schedule.all().get(0), schedule.all().get(10), schedule.all().get(schedule.all().size() - 1))) {
            assertTrue(schedule.publishedAt(r.at()).contains(r), r.article().slug() + " should be published at its release instant");
            assertEquals(r, schedule.publishedAt(r.at()).get(0), "and be the newest then");
            assertFalse(schedule.publishedAt(r.at().minusNanos(1)).contains(r), r.article().slug() + " should not be published a nanosecond early");
        }
    }

    @Test
    void nothingIsPublishedBeforeTheBacklogAndEverythingAfterTheLastRelease() {
        ReleaseSchedule schedule = new ReleaseSchedule(articles, EPOCH, 0.5, INTERVAL);
        assertTrue(schedule.publishedAt(EPOCH.minus(BACKLOG_SPAN).minusMillis(1)).isEmpty(), "nothing is published before the backlog starts");
        assertEquals(articles.size(), schedule.publishedAt(Instant.parse("2100-01-01T00:00:00Z")).size(), "everything is published eventually");
        assertEquals(Math.round(articles.size() * 0.5), schedule.publishedAt(EPOCH).size(), "exactly the backlog is published at the epoch");
    }

    @Test
    void shareZeroHasNoBacklog() {
        ReleaseSchedule schedule = new ReleaseSchedule(articles, EPOCH, 0.0, INTERVAL);
        assertTrue(schedule.publishedAt(EPOCH).isEmpty(), "with share 0 nothing is published at the epoch");
        assertEquals(EPOCH.plus(INTERVAL), schedule.all().get(0).at(), "with share 0 the first article comes one interval after the epoch");
        assertEquals(1, schedule.publishedAt(EPOCH.plus(INTERVAL)).size(), "and is alone then");
        assertEquals(EPOCH.plus(INTERVAL.multipliedBy(articles.size())), schedule.all().get(articles.size() - 1).at(),
                "the last comes n intervals after the epoch");
    }

    @Test
    void shareOneIsAllBacklog() {
        ReleaseSchedule schedule = new ReleaseSchedule(articles, EPOCH, 1.0, INTERVAL);
        assertEquals(articles.size(), schedule.publishedAt(EPOCH).size(), "with share 1 everything is published by the epoch");
        assertTrue(schedule.all().stream().allMatch(r -> r.at().isBefore(EPOCH)), "with share 1 every release is before the epoch");
        assertEquals(EPOCH.minus(BACKLOG_SPAN), schedule.all().get(0).at(), "and the first is 72 h before it");
        assertEquals(articles.size(), schedule.publishedAt(EPOCH.minusNanos(1)).size(), "nothing is left for the live phase");
    }

    @Test
    void tinyCorpora() {
        assertTrue(new ReleaseSchedule(List.of(), EPOCH, 0.5, INTERVAL).all().isEmpty(), "an empty corpus has an empty schedule");
        assertTrue(new ReleaseSchedule(List.of(), EPOCH, 0.5, INTERVAL).publishedAt(EPOCH).isEmpty(), "and publishes nothing");
        List<CorpusArticle> one = List.of(articles.get(0));
        assertEquals(EPOCH.minus(BACKLOG_SPAN), new ReleaseSchedule(one, EPOCH, 1.0, INTERVAL).all().get(0).at(),
                "a backlog of one is released 72 h before the epoch");
        assertEquals(EPOCH.plus(INTERVAL), new ReleaseSchedule(one, EPOCH, 0.0, INTERVAL).all().get(0).at(),
                "a live phase of one releases one interval after the epoch");
        assertEquals(1, backlogOf(new ReleaseSchedule(one, EPOCH, 0.5, INTERVAL), EPOCH), "round(0.5) is 1: half of one is backlog");
        assertEquals(0, backlogOf(new ReleaseSchedule(one, EPOCH, 0.49, INTERVAL), EPOCH), "round(0.49) is 0");
    }

    @Test
    void epochIsTruncatedToWholeSeconds() {
        Instant ragged = EPOCH.plusMillis(750);
        ReleaseSchedule schedule = new ReleaseSchedule(articles, ragged, 0.0, INTERVAL);
        assertEquals(EPOCH.plus(INTERVAL), schedule.all().get(0).at(), "release times are counted from the epoch in whole seconds");
    }

    @Test
    void releasesAndTheirListsCannotBeModified() {
        ReleaseSchedule schedule = new ReleaseSchedule(articles, EPOCH, 0.5, INTERVAL);
        Release any = schedule.all().get(0);
        assertThrows(UnsupportedOperationException.class, () -> schedule.all().add(any), "all() must be unmodifiable");
        List<Release> published = schedule.publishedAt(EPOCH);
        published.clear();
        assertFalse(schedule.publishedAt(EPOCH).isEmpty(), "clearing a returned list must not change the schedule");
    }

    @ParameterizedTest(name = "share {0}")
    @ValueSource(doubles = {-0.01, 1.01, -1.0, 2.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsAShareOutsideZeroToOne(double share) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReleaseSchedule(articles, EPOCH, share, INTERVAL),
                "share " + share + " should be rejected");
        assertTrue(e.getMessage().contains("backlogShare"), "the message should name the argument: " + e.getMessage());
    }

    @Test
    void rejectsAZeroOrNegativeInterval() {
        assertThrows(IllegalArgumentException.class, () -> new ReleaseSchedule(articles, EPOCH, 0.5, Duration.ZERO), "zero interval");
        assertThrows(IllegalArgumentException.class, () -> new ReleaseSchedule(articles, EPOCH, 0.5, Duration.ofSeconds(-1)), "negative interval");
        assertThrows(IllegalArgumentException.class, () -> new ReleaseSchedule(articles, EPOCH, 0.5, Duration.ofNanos(-1)), "negative interval");
    }

    @Test
    void rejectsMissingArguments() {
        assertRejected(() -> new ReleaseSchedule(null, EPOCH, 0.5, INTERVAL), "null articles");
        assertRejected(() -> new ReleaseSchedule(articles, null, 0.5, INTERVAL), "null epoch");
        assertRejected(() -> new ReleaseSchedule(articles, EPOCH, 0.5, null), "null interval");
    }

    // ---- spikes ----------------------------------------------------------------------------

    @Test
    void withoutASpikeTimeTheScheduleIsTheRegularOne() {
        List<Release> regular = new ReleaseSchedule(articles, EPOCH, 0.5, INTERVAL).all();
        assertEquals(regular, withSpike(null).all(), "a schedule given the spike pack but no spike time should not release it");
        assertEquals(regular, new ReleaseSchedule(articles, EPOCH, 0.5, INTERVAL, List.of(), SPIKE_AFTER).all(),
                "an empty spike pack adds nothing");
    }

    @Test
    void aSpikeLeavesTheRegularReleasesAsTheyWere() {
        Set<CorpusArticle> pack = Set.copyOf(spike);
        List<Release> regular = withSpike(SPIKE_AFTER).all().stream().filter(r -> !pack.contains(r.article())).toList();
        assertEquals(new ReleaseSchedule(articles, EPOCH, 0.5, INTERVAL).all(), regular,
                "the regular articles should come out in the same order at the same times with or without a spike");
    }

    @Test
    void theSpikeComesOutInItsOrderOnePerFifteenSecondsFromItsTime() {
        Set<CorpusArticle> pack = Set.copyOf(spike);
        List<Release> released = withSpike(SPIKE_AFTER).all().stream().filter(r -> pack.contains(r.article())).toList();
        assertEquals(spike, released.stream().map(Release::article).toList(), "every spike article, once, in the pack's order");
        for (int i = 0; i < released.size(); i++) {
            assertEquals(EPOCH.plus(SPIKE_AFTER).plusSeconds(15L * i), released.get(i).at(), "spike release " + i);
        }
        assertEquals(Duration.ofSeconds(15), ReleaseSchedule.SPIKE_INTERVAL);
        assertEquals(released, withSpike(SPIKE_AFTER).spike(), "the schedule names its spike's releases");
        assertEquals(List.of(), withSpike(null).spike());
        List<Release> fast = new ReleaseSchedule(articles, EPOCH, 0.5, INTERVAL, spike, SPIKE_AFTER, Duration.ofSeconds(2)).spike();
        assertEquals(EPOCH.plus(SPIKE_AFTER).plusSeconds(2L * (spike.size() - 1)), fast.get(fast.size() - 1).at(), "a schedule's own spike interval");
    }

    @Test
    void aScheduleWithASpikeIsInPublicationOrder() {
        for (Duration after : List.of(Duration.ZERO, SPIKE_AFTER, INTERVAL.multipliedBy(3), Duration.ofDays(30))) {
            List<Release> all = withSpike(after).all();
            assertEquals(articles.size() + spike.size(), all.size(), "spike after " + after + ": every article once");
            for (int i = 1; i < all.size(); i++) {
                assertFalse(all.get(i).at().isBefore(all.get(i - 1).at()), "spike after " + after + ": release " + i + " is out of order");
            }
        }
    }

    @Test
    void theSpikeIsPublishedFromEachReleaseInstantOn() {
        ReleaseSchedule schedule = withSpike(SPIKE_AFTER);
        Instant start = EPOCH.plus(SPIKE_AFTER);
        Set<CorpusArticle> pack = Set.copyOf(spike);
        for (int k = 0; k <= spike.size(); k++) {
            Instant now = start.plusSeconds(15L * k).minusNanos(1);
            long out = schedule.publishedAt(now).stream().filter(r -> pack.contains(r.article())).count();
            assertEquals(k, out, "spike articles published at " + now);
        }
        assertEquals(spike.get(0), schedule.publishedAt(start).get(0).article(), "the first spike article is the newest at its instant");
    }

    @Test
    void aSpikeAtTheEpochAndOneInRaggedSeconds() {
        assertEquals(EPOCH, withSpike(Duration.ZERO).all().stream().filter(r -> r.article() == spike.get(0)).findFirst().orElseThrow().at(),
                "a spike after zero starts at the epoch");
        ReleaseSchedule ragged = new ReleaseSchedule(articles, EPOCH.plusMillis(400), 0.5, INTERVAL, spike, SPIKE_AFTER.plusMillis(900));
        assertEquals(EPOCH.plus(SPIKE_AFTER), ragged.all().stream().filter(r -> r.article() == spike.get(0)).findFirst().orElseThrow().at(),
                "spike times are whole seconds");
    }

    @Test
    void rejectsANegativeSpikeTimeOrAMissingPack() {
        assertThrows(IllegalArgumentException.class, () -> withSpike(Duration.ofSeconds(-1)), "negative spike time");
        assertRejected(() -> new ReleaseSchedule(articles, EPOCH, 0.5, INTERVAL, null, SPIKE_AFTER), "null spike pack");
    }

    /** A caller's mistake: either exception is acceptable, but the schedule must not be built. */
    private static void assertRejected(Runnable construction, String what) {
        RuntimeException e = assertThrows(RuntimeException.class, construction::run, what + " should be rejected");
        assertTrue(e instanceof IllegalArgumentException || e instanceof NullPointerException,
                what + " should throw IllegalArgumentException or NullPointerException, threw " + e);
    }
}
