package org.presswatch.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void parsesUnitsAndIso() {
        assertEquals(Duration.ofMillis(250), Durations.parse("250ms"));
        assertEquals(Duration.ofSeconds(10), Durations.parse(" 10s "));
        assertEquals(Duration.ofMinutes(5), Durations.parse("5m"));
        assertEquals(Duration.ofHours(2), Durations.parse("2h"));
        assertEquals(Duration.ofDays(1), Durations.parse("1d"));
        assertEquals(Duration.ofSeconds(90), Durations.parse("PT1M30S"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("ten seconds"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse(null));
    }

    @Test
    void formatReadsBack() {
        for (Duration d : new Duration[] {Duration.ofMillis(1500), Duration.ofSeconds(10), Duration.ofMinutes(90),
                Duration.ofHours(2), Duration.ofDays(3), Duration.ZERO}) {
            assertEquals(d, Durations.parse(Durations.format(d)));
        }
        assertEquals("90m", Durations.format(Duration.ofMinutes(90)));
    }
}
