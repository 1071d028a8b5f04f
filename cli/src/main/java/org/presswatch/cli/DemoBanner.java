package org.presswatch.cli;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.presswatch.api.runtime.DemoOffice;
import org.presswatch.core.config.Durations;
import org.presswatch.core.config.PresswatchConfig;

/**
 * What {@code presswatch demo} prints once it runs: where to open the web UI and the API, what
 * the newsroom does, when its surge of Lạng Sơn border news comes (or came on an earlier run of
 * the same data folder), and the demo accounts to sign in with.
 *
 * @param web the web UI's address as this machine reaches it
 * @param epoch when the newsroom first opened (its surge is timed from then)
 */
record DemoBanner(URI web, int outlets, int published, int articles, String proxy, Instant epoch, PresswatchConfig config) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    String text(Instant now) {
        PresswatchConfig.Demo demo = config.demo();
        String articlesApi = web.resolve("/api/v1/articles").toString();
        return String.format("presswatch demo%n"
                        + "  web UI    %s%n"
                        + "  newsroom  %d fictional outlets, %s (HTTP proxy %s)%n"
                        + "  api       %s?q=%s%n"
                        + "            %s?province=48&topic=sovereignty%n"
                        + "  alerts    %s%s%n"
                        + "  sign in   %s%n"
                        + "  data      %s%n"
                        + "Articles appear within seconds. Press Ctrl-C to stop.%n",
                web, outlets, releases(), proxy,
                articlesApi, URLEncoder.encode("biển đông", StandardCharsets.UTF_8), articlesApi,
                web.resolve("/api/v1/alerts"), demo.spike() ? surge(now) : "", accounts(), config.data().dir());
    }

    /** The demo accounts, one a line, with their one password: the API and the web UI want a signed-in account. */
    private static String accounts() {
        StringBuilder lines = new StringBuilder("password " + DemoOffice.PASSWORD + " for every demo account:");
        for (DemoOffice.DemoAccount account : DemoOffice.ACCOUNTS) {
            lines.append(String.format("%n            %-11s %s", account.name(), account.description()));
        }
        return lines.toString();
    }

    /** How far the newsroom's schedule is: it publishes its articles once, then no more. */
    private String releases() {
        return published < articles
                ? String.format("%d of %d articles published, one more every %s", published, articles,
                        Durations.format(config.demo().releaseInterval()))
                : String.format("all %d articles published, no more to come (delete %s to start the newsroom over)", articles,
                        config.layout().demoEpoch());
    }

    /** When the surge comes: in how long, or, on a restart after it, when it came. */
    private String surge(Instant now) {
        Instant at = epoch.plus(config.demo().spikeAfter());
        if (now.isBefore(at)) {
            return " (a surge of news from Lạng Sơn comes in " + shortly(Duration.between(now, at)) + ", at " + CLOCK.format(at) + ")";
        }
        return " (the surge of news from Lạng Sơn came at " + CLOCK.format(at) + " on " + DateTimeFormatter.ISO_LOCAL_DATE
                .withZone(ZoneId.systemDefault()).format(at) + ")";
    }

    /** A wait as a person reads it: seconds under a minute, else whole minutes, rounded up. */
    private static String shortly(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        return seconds < 60 ? seconds + " s" : (seconds + 59) / 60 + " min";
    }
}
