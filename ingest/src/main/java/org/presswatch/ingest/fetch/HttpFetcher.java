package org.presswatch.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.presswatch.core.Version;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.util.DaemonThreads;
import org.presswatch.core.util.Validate;

/**
 * Fetches feeds and pages the way a polite, careful crawler must:
 * <ul>
 *   <li>only public addresses, checked again at every redirect (no loopback, private, link-local
 *       or cloud-metadata targets), unless the host is explicitly allowed;</li>
 *   <li>robots.txt obeyed, its Crawl-delay honoured;</li>
 *   <li>at most so many requests at once per site, their starts a delay apart, and a bound in all;</li>
 *   <li>timeouts, 429 and 5xx answers retried with exponential backoff and jitter, or after the
 *       server's Retry-After;</li>
 *   <li>at most so many redirects, loops detected;</li>
 *   <li>conditional requests (If-None-Match, If-Modified-Since), 304 reported as not modified;</li>
 *   <li>a User-Agent naming presswatch and its contact URL, a bound on each exchange, gzip and
 *       deflate decoding, a cap on the body size also after decompression.</li>
 * </ul>
 *
 * <p>One fetcher is meant to be shared: its politeness and robots.txt cache are per fetcher, and
 * it holds one connection pool and a pool of threads for {@link #fetch}. Thread-safe.
 */
public final class HttpFetcher {
    private final CrawlPolicy policy;
    private final Exchange exchange;
    private final AddressPolicy addresses;
    private final HostScheduler hosts;
    private final RobotsRules robots;
    private final Backoff backoff;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService pool;

    /**
     * How requests are made.
     *
     * @param userAgent the full User-Agent header value
     * @param requestTimeout the bound on one exchange, from connecting to the last byte of the body
     * @param maxBodyBytes the largest body, compressed or not, that is read
     * @param proxy an HTTP proxy for every request, or null for direct connections
     */
    public record Settings(String userAgent, Duration connectTimeout, Duration requestTimeout, long maxBodyBytes,
                           InetSocketAddress proxy) implements java.io.Serializable {
        public Settings {
            Validate.notBlank(userAgent, "userAgent");
            Validate.notNull(connectTimeout, "connectTimeout");
            Validate.notNull(requestTimeout, "requestTimeout");
            Validate.isTrue(maxBodyBytes > 0, "maxBodyBytes must be positive");
        }

        public static Settings from(PresswatchConfig.Crawler crawler) {
            InetSocketAddress proxy = null;
            if (!crawler.proxy().isEmpty()) {
                int colon = crawler.proxy().lastIndexOf(':');
                proxy = InetSocketAddress.createUnresolved(crawler.proxy().substring(0, colon),
                        Integer.parseInt(crawler.proxy().substring(colon + 1)));
            }
            return new Settings(crawler.userAgent() + "/" + Version.get() + " (+" + crawler.contactUrl() + ")",
                    crawler.connectTimeout(), crawler.requestTimeout(), crawler.maxBodyBytes(), proxy);
        }

        public Settings withProxy(InetSocketAddress newProxy) {
            return new Settings(userAgent, connectTimeout, requestTimeout, maxBodyBytes, newProxy);
        }
    }

    /**
     * The fetcher of this JVM for these settings and policy, created on first use. Flink creates
     * the crawler's operators from serialized form, one per parallel task; sharing the fetcher
     * makes its politeness and robots.txt cache hold for the whole process, not per task.
     */
    public static HttpFetcher shared(Settings settings, CrawlPolicy policy) {
        return SHARED.computeIfAbsent(List.of(settings, policy), k -> new HttpFetcher(settings, policy));
    }

    private static final Map<List<Object>, HttpFetcher> SHARED = new ConcurrentHashMap<>();

    public HttpFetcher(Settings settings, CrawlPolicy policy) {
        Validate.notNull(settings, "settings");
        this.policy = Validate.notNull(policy, "policy");
        this.exchange = new Exchange(settings);
        this.addresses = new AddressPolicy(policy.allowedHosts());
        this.hosts = new HostScheduler(policy.maxPerHost(), policy.maxConnections());
        this.robots = new RobotsRules(policy.agentName(), url -> follow(url, Validators.NONE, false).response(), clock);
        this.backoff = new Backoff(policy.retryDelay());
        this.pool = Executors.newFixedThreadPool(policy.maxConnections(), DaemonThreads.named("presswatch-fetch"));
    }

    /**
     * Fetches on the fetcher's own threads. The future completes with the resource for a 2xx
     * answer, or exceptionally with a {@link FetchException} naming the URL and the reason.
     */
    public CompletableFuture<FetchedResource> fetch(URI url) {
        try {
            AddressPolicy.requireHttp(url);
        } catch (FetchException e) {
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return fetchNow(url);
            } catch (FetchException e) {
                throw new CompletionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(new FetchException(url, 0, "interrupted"));
            }
        }, pool);
    }

    /** Fetches and waits. */
    public FetchedResource fetchNow(URI url) throws FetchException, InterruptedException {
        return fetchNow(url, Validators.NONE);
    }

    /**
     * Fetches conditionally: with validators from an earlier fetch, an unchanged resource comes
     * back as {@link FetchedResource#notModified()} with an empty body.
     */
    public FetchedResource fetchNow(URI url, Validators validators) throws FetchException, InterruptedException {
        Followed followed = follow(url, validators, policy.obeyRobots());
        Exchange.Response r = followed.response();
        int status = r.status();
        if (status == 304 && validators.empty()) {
            throw new FetchException(followed.url(), status, "answered 304 Not Modified to an unconditional request");
        }
        if (status == 304 || status >= 200 && status < 300) {
            Validators fresh = new Validators(r.header("ETag"), r.header("Last-Modified"));
            return new FetchedResource(url, followed.url(), status, r.header("Content-Type"), status == 304 ? new byte[0] : r.body(),
                    clock.instant(), status == 304 && fresh.empty() ? validators : fresh);
        }
        Optional<Duration> retryAfter = Backoff.retryAfter(r.header("Retry-After"), clock.instant());
        throw new FetchException(followed.url(), status, "server answered " + status
                + retryAfter.map(d -> " and asks to wait " + d.toSeconds() + " s").orElse(""));
    }

    private record Followed(URI url, Exchange.Response response) {}

    /** Follows redirects, checking every target's address (and robots.txt when asked). */
    private Followed follow(URI url, Validators validators, boolean obeyRobots) throws FetchException, InterruptedException {
        URI current = url;
        Set<URI> visited = new HashSet<>();
        visited.add(current);
        for (int redirects = 0; ; redirects++) {
            addresses.check(current);
            Duration delay = policy.minHostDelay();
            if (obeyRobots) {
                BaseRobotRules rules = robots.forUrl(current);
                if (!rules.isAllowed(current.toString())) {
                    throw new FetchException(current, 0, "disallowed by the site's robots.txt");
                }
                delay = crawlDelay(rules);
            }
            Exchange.Response response = withRetries(current, validators, delay);
            String location = response.header("Location");
            if (!isRedirect(response.status()) || location == null) {
                return new Followed(current, response);
            }
            if (redirects >= policy.maxRedirects()) {
                throw new FetchException(url, response.status(), "more than " + policy.maxRedirects() + " redirects");
            }
            URI next;
            try {
                next = current.resolve(location.strip());
            } catch (IllegalArgumentException e) {
                throw new FetchException(current, response.status(), "redirect to an unreadable location '" + location + "'", e);
            }
            if (!visited.add(next)) {
                throw new FetchException(url, response.status(), "redirect loop through " + next);
            }
            current = next;
        }
    }

    private Exchange.Response withRetries(URI url, Validators validators, Duration delay) throws FetchException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            try {
                Exchange.Response response = hosts.run(url.getHost(), delay, () -> exchange.get(url, validators));
                int status = response.status();
                if (status != 429 && status < 500 || attempt > policy.retries()) {
                    return response;
                }
                Optional<Duration> asked = Backoff.retryAfter(response.header("Retry-After"), clock.instant());
                if (asked.isPresent() && asked.get().compareTo(policy.maxRetryAfter()) > 0) {
                    return response;
                }
                wait = asked.isPresent() ? asked.get() : backoff.delay(attempt);
            } catch (FetchException e) {
                if (!e.isTransient() || attempt > policy.retries()) {
                    throw e;
                }
                wait = backoff.delay(attempt);
            }
            Thread.sleep(wait.toMillis());
        }
    }

    private Duration crawlDelay(BaseRobotRules rules) {
        long ms = rules.getCrawlDelay();
        if (ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= policy.minHostDelay().toMillis()) {
            return policy.minHostDelay();
        }
        return Duration.ofMillis(Math.min(ms, policy.maxCrawlDelay().toMillis()));
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }
}
