package org.presswatch.pipeline.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.AlertFigures;

class SpikeRuleTest {
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final PresswatchConfig.Spike DEFAULTS =
            new PresswatchConfig.Spike(HOUR, Duration.ofMinutes(10), 0.02, 3.0, 5, Duration.ofDays(1));

    private final SpikeRule rule = new SpikeRule(DEFAULTS);
    private SpikeState state;
    private final List<Alert> alerts = new ArrayList<>();
    private int articles;

    @Test
    void aSurgeAboveTheUsualCountRaisesOneAlertAsSoonAsItCrossesTheThreshold() {
        usualTraffic(48, 3);
        Instant surge = T0.plus(HOUR.multipliedBy(48));
        for (int i = 0; i < 12; i++) {
            see(surge.plusSeconds(60L * i));
            if (i < 2) {
                assertTrue(alerts.isEmpty(), "no alert at " + (i + 1) + " articles of the surge");
            }
        }
        assertEquals(1, alerts.size(), "one alert for the surge");
        Alert alert = alerts.get(0);
        assertEquals(Alert.Kind.SPIKE, alert.kind());
        assertEquals("spike-56-sovereignty-20261102T2330Z", alert.id(), "the first window holding the surge, from 23:30");
        assertEquals("56", alert.province());
        AlertFigures.Spike figures = (AlertFigures.Spike) alert.figures();
        assertEquals(Math.ceil(figures.threshold()), figures.count(), "raised as soon as the window's count reached the threshold");
        assertTrue(figures.baselineMean() > 2.5 && figures.baselineMean() < 3.5, figures.toString());
        assertEquals(figures.count(), alert.articleIds().size(), "cites the articles counted");
    }

    @Test
    void ordinaryVariationRaisesAlmostNothing() {
        // four weeks of a steady three articles an hour, arriving at random (a Poisson process)
        Random random = new Random(42);
        Instant at = T0;
        Instant end = T0.plus(Duration.ofDays(28));
        while (at.isBefore(end)) {
            at = at.plusMillis((long) (-Math.log(1 - random.nextDouble()) * HOUR.toMillis() / 3));
            see(at);
        }
        long windows = state.baseline().windows();
        assertTrue(alerts.size() <= windows / 200, alerts.size() + " spikes in " + windows + " windows of chance alone: " + alerts);
    }

    @Test
    void aKeyCountedForLessThanTheMinimumHistoryRaisesNothing() {
        for (int hour = 0; hour < 23; hour++) {
            for (int i = 0; i < (hour == 20 ? 30 : 1); i++) {
                see(T0.plus(HOUR.multipliedBy(hour)).plusSeconds(i));
            }
        }
        assertEquals(List.of(), alerts, "a first start has no baseline to compare with");
        SpikeRule eager = new SpikeRule(new PresswatchConfig.Spike(HOUR, Duration.ofMinutes(10), 0.1, 3.0, 5, Duration.ZERO));
        SpikeState fresh = null;
        Alert raised = null;
        for (int i = 0; i < 5; i++) {
            AlertRule.Outcome<SpikeState> outcome = eager.observe(fresh, mention(T0.plusSeconds(i)), T0);
            fresh = outcome.state();
            raised = outcome.alert().orElse(raised);
        }
        assertTrue(raised != null, "without a minimum history, min-articles in a window is a spike");
    }

    @Test
    void emptyWindowsLowerTheBaseline() {
        usualTraffic(48, 3);
        double busy = state.baseline().mean();
        see(T0.plus(Duration.ofDays(5)));
        assertTrue(state.baseline().mean() < busy / 10, "three days without articles: " + state.baseline());
        assertEquals(2 * 24 * 5 - 1, state.baseline().windows(), "every window (one starts each half hour) folded, empty ones included");
    }

    @Test
    void anArticleForAClosedWindowIsTooLateToCount() {
        usualTraffic(48, 3);
        SpikeState before = state;
        for (int i = 0; i < 20; i++) {
            see(T0.plus(HOUR.multipliedBy(10)).plusSeconds(i));
        }
        assertEquals(before, state, "late articles change nothing");
        assertEquals(List.of(), alerts);
    }

    @Test
    void articlesWithinTheLatenessStillCountInTheirWindow() {
        usualTraffic(48, 3);
        Instant lastHour = T0.plus(HOUR.multipliedBy(47));
        see(T0.plus(HOUR.multipliedBy(48)).plus(Duration.ofMinutes(5)));
        for (int i = 0; i < 12; i++) {
            see(lastHour.plusSeconds(3000 + i));
        }
        assertEquals(1, alerts.size(), "the surge in the hour that ended five minutes ago counts");
        assertEquals("spike-56-sovereignty-20261102T2300Z", alerts.get(0).id(), "the window from 23:00");
    }

    @Test
    void aSurgeAcrossTheTurnOfTheHourIsSeenWhole() {
        usualTraffic(48, 1);
        Instant turn = T0.plus(HOUR.multipliedBy(49));
        for (int i = -4; i < 4; i++) {
            see(turn.plusSeconds(20L * i));
        }
        assertEquals(1, alerts.size(), "four articles before the hour and four after are one surge of eight: " + alerts);
    }

    @Test
    void aSurgeGoingOnRaisesAtMostOneSpikePerWindow() {
        usualTraffic(48, 1);
        Instant surge = T0.plus(HOUR.multipliedBy(48));
        for (int minute = 0; minute < 150; minute++) {
            see(surge.plusSeconds(60L * minute));
        }
        assertEquals("spike-56-sovereignty-20261102T2330Z", alerts.get(0).id());
        for (int i = 1; i < alerts.size(); i++) {
            assertTrue(Duration.between(alerts.get(i - 1).raisedAt(), alerts.get(i).raisedAt()).compareTo(HOUR) >= 0,
                    "one spike per window while the surge goes on: " + alerts);
        }
    }

    @Test
    void aNationalKeyHasNoProvince() {
        Mention national = new Mention(null, "human_rights", "a1", T0);
        assertEquals("national/human_rights", national.key());
        assertEquals("56/sovereignty", mention(T0).key());
    }

    private void usualTraffic(int hours, int perHour) {
        for (int hour = 0; hour < hours; hour++) {
            for (int i = 0; i < perHour; i++) {
                see(T0.plus(HOUR.multipliedBy(hour)).plusSeconds(600L * i + 1));
            }
        }
        assertEquals(List.of(), alerts, "steady traffic raises nothing");
    }

    private void see(Instant at) {
        AlertRule.Outcome<SpikeState> outcome = rule.observe(state, mention(at), at);
        state = outcome.state();
        outcome.alert().ifPresent(alerts::add);
    }

    private Mention mention(Instant at) {
        return new Mention("56", "sovereignty", "article-" + (++articles), at);
    }
}
