package org.presswatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is run and in which order; no timing is asserted. */
class SideBySideTest {
    @Test
    void everyRoundRunsBothSidesAlternatingWhichGoesFirst() {
        List<String> calls = new ArrayList<>();
        SideBySide.Timing t = SideBySide.time(2, 3, () -> {
            calls.add("ours");
            return 1;
        }, () -> {
            calls.add("bare");
            return 2;
        });
        assertEquals(List.of("bare", "ours", "ours", "bare", "bare", "ours", "ours", "bare", "bare", "ours"), calls);
        assertEquals(3, t.measuredRounds());
        assertTrue(t.oursNanos() >= 0 && t.bareNanos() >= 0);
    }

    @Test
    void roundsMustMakeSense() {
        assertThrows(IllegalArgumentException.class, () -> SideBySide.time(-1, 1, () -> 0, () -> 0));
        assertThrows(IllegalArgumentException.class, () -> SideBySide.time(0, 0, () -> 0, () -> 0));
    }

    @Test
    void theCostRatioIsOursOverBare() {
        assertEquals(2.5, new SideBySide.Timing(250, 100, 1).costRatio());
    }
}
