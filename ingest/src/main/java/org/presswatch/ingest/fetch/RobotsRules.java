package org.presswatch.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The robots.txt rules of each site, fetched on first use and kept for a day (crawler-commons
 * parses them). A missing robots.txt (4xx) allows everything; an unreachable one (5xx, network
 * failure) disallows everything for a short while, as RFC 9309 asks. Thread-safe.
 */
final class RobotsRules {
    static final Duration KEEP = Duration.ofHours(24);
    static final Duration KEEP_UNREACHABLE = Duration.ofMinutes(10);

    /** Fetches a robots.txt; a transport failure is a FetchException. */
    interface Loader {
        Exchange.Response load(URI robotsTxt) throws FetchException, InterruptedException;
    }

    private record Cached(BaseRobotRules rules, Instant expires) {}

    private final String agent;
    private final Loader loader;
    private final Clock clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    RobotsRules(String agent, Loader loader, Clock clock) {
        this.agent = agent.toLowerCase(Locale.ROOT);
        this.loader = loader;
        this.clock = clock;
    }

    BaseRobotRules forUrl(URI url) throws InterruptedException {
        String origin = url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority().toLowerCase(Locale.ROOT);
        Cached cached = cache.get(origin);
        if (cached != null && cached.expires().isAfter(clock.instant())) {
            return cached.rules();
        }
        Cached fresh = load(origin);
        cache.put(origin, fresh);
        return fresh.rules();
    }

    private Cached load(String origin) throws InterruptedException {
        URI robotsTxt = URI.create(origin + "/robots.txt");
        Instant now = clock.instant();
        try {
            Exchange.Response response = loader.load(robotsTxt);
            int status = response.status();
            if (status >= 200 && status < 300) {
                return new Cached(parser.parseContent(robotsTxt.toString(), response.body(), response.header("Content-Type"),
                        List.of(agent)), now.plus(KEEP));
            }
            return new Cached(parser.failedFetch(status), now.plus(status >= 500 ? KEEP_UNREACHABLE : KEEP));
        } catch (FetchException unreachable) {
            return new Cached(parser.failedFetch(503), now.plus(KEEP_UNREACHABLE));
        }
    }
}
