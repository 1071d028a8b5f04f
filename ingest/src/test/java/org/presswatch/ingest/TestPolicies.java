package org.presswatch.ingest;

import java.time.Duration;
import java.util.List;
import org.presswatch.ingest.fetch.CrawlPolicy;

/** Crawl policies for tests against servers on this machine. */
public final class TestPolicies {
    private TestPolicies() {}

    /**
     * Plain transport: loopback and the .example virtual hosts allowed, no robots.txt, no
     * politeness delay, no retries; for tests of something other than those rules.
     */
    public static CrawlPolicy direct() {
        return new CrawlPolicy("presswatch-test", 8, Duration.ZERO, Duration.ZERO, 32, false, 0, Duration.ofMillis(1),
                Duration.ZERO, 5, List.of("127.0.0.1", "localhost", "*.example"));
    }
}
