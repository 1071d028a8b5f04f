package org.presswatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.presswatch.api.runtime.DemoOffice;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.office.access.Role;

class DemoBannerTest {
    private static final Instant EPOCH = Instant.parse("2026-12-07T13:00:00Z");
    private static final PresswatchConfig CONFIG = new ConfigLoader().override("demo.spike-after", "3m").load();
    private static final DemoBanner BANNER = new DemoBanner(URI.create("http://127.0.0.1:8080/"), 17, 171, 228, "127.0.0.1:36969",
            EPOCH, CONFIG);

    @Test
    void namesTheWebUiAndTheApi() {
        String text = BANNER.text(EPOCH);
        assertTrue(text.contains("  web UI    http://127.0.0.1:8080/\n".replace("\n", System.lineSeparator())), text);
        assertTrue(text.contains("api       http://127.0.0.1:8080/api/v1/articles?q=bi%E1%BB%83n+%C4%91%C3%B4ng"), text);
        assertTrue(text.contains("alerts    http://127.0.0.1:8080/api/v1/alerts"), text);
        assertTrue(text.contains("17 fictional outlets, 171 of 228 articles published"), text);
    }

    @Test
    void listsADemoAccountOfEachRoleWithTheirPassword() {
        String text = BANNER.text(EPOCH);
        assertTrue(text.contains("sign in   password " + DemoOffice.PASSWORD + " for every demo account:"), text);
        for (DemoOffice.DemoAccount account : DemoOffice.ACCOUNTS) {
            assertTrue(text.lines().anyMatch(line -> line.strip().startsWith(account.name() + " ") && line.contains(account.description())),
                    account.name() + " in " + text);
        }
        assertEquals(Set.of(Role.values()), DemoOffice.ACCOUNTS.stream().map(DemoOffice.DemoAccount::role).collect(Collectors.toSet()),
                "one account of each role at least");
    }

    @Test
    void aNewsroomThatPublishedEverythingSaysSo() {
        String text = new DemoBanner(URI.create("http://127.0.0.1:8080/"), 17, 236, 236, "127.0.0.1:36969", EPOCH, CONFIG)
                .text(EPOCH.plusSeconds(86_400));
        assertTrue(text.contains("all 236 articles published, no more to come (delete "), text);
        assertFalse(text.contains("one more every"), text);
    }

    @Test
    void theSurgeIsAnnouncedAheadAndNotAfterARestartPastIt() {
        String at = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault()).format(EPOCH.plusSeconds(180));
        assertTrue(BANNER.text(EPOCH).contains("a surge of news from Lạng Sơn comes in 3 min, at " + at), BANNER.text(EPOCH));
        assertTrue(BANNER.text(EPOCH.plusSeconds(150)).contains("comes in 30 s"), BANNER.text(EPOCH.plusSeconds(150)));
        String later = BANNER.text(EPOCH.plusSeconds(3600));
        assertFalse(later.contains("comes in"), later);
        assertTrue(later.contains("the surge of news from Lạng Sơn came at " + at), later);
    }
}
