package org.presswatch.ingest.fetch;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.util.Validate;

/**
 * How politely and how safely presswatch fetches: per-site concurrency and delay, robots.txt,
 * retries, redirects, and the hosts exempt from the public-address rule. Immutable.
 *
 * @param agentName the product token robots.txt rules are matched against
 * @param allowedHosts host names, or {@code *.domain} patterns, that may resolve to non-public addresses
 */
public record CrawlPolicy(String agentName, int maxPerHost, Duration minHostDelay, Duration maxCrawlDelay, int maxConnections,
                          boolean obeyRobots, int retries, Duration retryDelay, Duration maxRetryAfter, int maxRedirects,
                          List<String> allowedHosts) implements Serializable {
    public CrawlPolicy {
        Validate.notBlank(agentName, "agentName");
        Validate.isTrue(maxPerHost >= 1, "maxPerHost must be at least 1");
        Validate.isTrue(!minHostDelay.isNegative() && maxCrawlDelay.compareTo(minHostDelay) >= 0,
                "delays must satisfy 0 <= minHostDelay <= maxCrawlDelay");
        Validate.isTrue(maxConnections >= 1, "maxConnections must be at least 1");
        Validate.isTrue(retries >= 0, "retries must not be negative");
        Validate.isTrue(retryDelay.toMillis() >= 1 && !maxRetryAfter.isNegative(), "retry delays must be positive");
        Validate.isTrue(maxRedirects >= 0, "maxRedirects must not be negative");
        allowedHosts = Validate.copyOf(allowedHosts, "allowedHosts");
    }

    public static CrawlPolicy from(PresswatchConfig.Crawler c) {
        return new CrawlPolicy(c.userAgent(), c.maxPerHost(), c.minHostDelay(), c.maxCrawlDelay(), c.maxConnections(),
                c.obeyRobots(), c.retries(), c.retryDelay(), c.maxRetryAfter(), c.maxRedirects(), c.allowedHosts());
    }

    /** The same policy with more hosts exempt from the public-address rule. */
    public CrawlPolicy allowingHosts(List<String> hosts) {
        List<String> all = new ArrayList<>(allowedHosts);
        all.addAll(hosts);
        return new CrawlPolicy(agentName, maxPerHost, minHostDelay, maxCrawlDelay, maxConnections, obeyRobots, retries,
                retryDelay, maxRetryAfter, maxRedirects, all);
    }

    /** The same policy with another delay between two requests to one site. */
    public CrawlPolicy withMinHostDelay(Duration delay) {
        return new CrawlPolicy(agentName, maxPerHost, delay, maxCrawlDelay.compareTo(delay) < 0 ? delay : maxCrawlDelay,
                maxConnections, obeyRobots, retries, retryDelay, maxRetryAfter, maxRedirects, allowedHosts);
    }
}
