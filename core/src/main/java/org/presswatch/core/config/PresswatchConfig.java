package org.presswatch.core.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.presswatch.core.util.Validate;

/**
 * The whole configuration, as bound from the built-in defaults, the user's file, environment
 * variables and command-line options (later ones win). Every key, its default and its meaning
 * are documented in {@code presswatch-defaults.yaml}; this class only gives them types and
 * checks their ranges.
 */
public record PresswatchConfig(Data data, Api api, Office office, Sources sources, Crawler crawler, Pipeline pipeline,
                               Analysis analysis, Alerts alerts, Index index, Demo demo) {

    public PresswatchConfig {
        Validate.notNull(data, "data");
        Validate.notNull(api, "api");
        Validate.notNull(office, "office");
        Validate.notNull(sources, "sources");
        Validate.notNull(crawler, "crawler");
        Validate.notNull(pipeline, "pipeline");
        Validate.notNull(analysis, "analysis");
        Validate.notNull(alerts, "alerts");
        Validate.notNull(index, "index");
        Validate.notNull(demo, "demo");
        Validate.isTrue(!pipeline.remote() || index.backend() == Index.Backend.ELASTICSEARCH,
                "pipeline.flink runs the job on a Flink cluster, whose machines cannot share the embedded index: "
                        + "set index.backend: elasticsearch (and index.elasticsearch.url), or leave pipeline.flink empty");
    }

    /** Where each thing presswatch keeps is, under {@code data.dir} and where the settings move it. */
    public DataLayout layout() {
        return DataLayout.of(this);
    }

    public record Data(Path dir) {
        public Data {
            Validate.notNull(dir, "data.dir");
        }
    }

    /**
     * @param trustedProxies the addresses of reverse proxies whose X-Forwarded-For and
     *     X-Forwarded-Proto headers are believed
     * @param metricsAllowed the addresses that may read /metrics without signing in
     * @param limits what the API takes from one request
     */
    public record Api(String host, int port, java.util.List<String> trustedProxies, java.util.List<String> metricsAllowed, Limits limits) {
        public Api {
            Validate.notBlank(host, "api.host");
            Validate.inRange(port, 0, 65535, "api.port");
            trustedProxies = Validate.copyOf(trustedProxies, "api.trusted-proxies");
            metricsAllowed = Validate.copyOf(metricsAllowed, "api.metrics-allowed");
            Validate.notNull(limits, "api.limits");
        }

        /**
         * @param maxUrlLength the request target's length as sent (path and query string, percent-encoded)
         * @param maxHeaderBytes the request line and the headers together
         * @param maxQueryLength the characters of a search's {@code q}
         * @param idleTimeout how long a connection may send and receive nothing before it is closed
         * @param requestsPerMinute the requests one caller (an API token, a signed-in account, or an
         *     address without either) may make a minute, on average; 0 for no limit
         * @param requestBurst the requests a caller may make at once, beyond the average, after
         *     making none for a while
         */
        public record Limits(long maxBodyBytes, int maxUrlLength, int maxHeaderBytes, int maxQueryLength, Duration idleTimeout,
                             int requestsPerMinute, int requestBurst) {
            public Limits {
                Validate.isTrue(maxBodyBytes >= 1024, "api.limits.max-body-bytes must be at least 1024, was %d", maxBodyBytes);
                Validate.inRange(maxUrlLength, 256, 1 << 20, "api.limits.max-url-length");
                Validate.inRange(maxHeaderBytes, 1024, 1 << 20, "api.limits.max-header-bytes");
                Validate.isTrue(maxUrlLength < maxHeaderBytes, "api.limits.max-url-length (%d) must be below api.limits.max-header-bytes "
                        + "(%d), which holds the request line and the headers", maxUrlLength, maxHeaderBytes);
                Validate.inRange(maxQueryLength, 1, 1 << 20, "api.limits.max-query-length");
                requireAtLeast(idleTimeout, Duration.ofSeconds(1), "api.limits.idle-timeout");
                Validate.inRange(requestsPerMinute, 0, 1_000_000_000, "api.limits.requests-per-minute");
                Validate.inRange(requestBurst, 1, 1_000_000_000, "api.limits.request-burst");
            }

            /** Whether requests are limited per caller at all. */
            public boolean limitsRate() {
                return requestsPerMinute > 0;
            }
        }
    }

    /**
     * @param sessionIdle how long a web session lasts without a request
     * @param sessionMax how long a web session lasts at most, however busy
     */
    public record Office(Database database, Duration sessionIdle, Duration sessionMax) {
        public Office {
            Validate.notNull(database, "office.database");
            requireAtLeast(sessionIdle, Duration.ofMinutes(1), "office.session-idle");
            requireAtLeast(sessionMax, sessionIdle, "office.session-max");
        }
    }

    /** @param url empty for the embedded database under {@code data.dir}; else a PostgreSQL JDBC URL */
    public record Database(String url, String user, String password) {
        public Database {
            Validate.isTrue(url != null && (url.isBlank() || url.startsWith("jdbc:postgresql://")),
                    "office.database.url must be empty (the embedded database) or a PostgreSQL JDBC URL such as "
                            + "jdbc:postgresql://127.0.0.1:5432/presswatch, was '%s'", url);
            user = user == null ? "" : user;
            password = password == null ? "" : password;
        }

        /** Never the password: a configuration may be logged or shown. */
        @Override
        public String toString() {
            return "Database[url=" + url + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "(set)") + "]";
        }
    }

    public record Sources(Path file, Duration defaultPollInterval) {
        public Sources {
            Validate.notNull(file, "sources.file");
            requireAtLeast(defaultPollInterval, Duration.ofSeconds(1), "sources.default-poll-interval");
        }
    }

    /**
     * @param proxy host:port of an HTTP proxy, or empty for direct connections
     * @param allowedHosts hosts exempt from the public-address rule: names, or {@code *.domain}
     */
    public record Crawler(String userAgent, URI contactUrl, Duration connectTimeout, Duration requestTimeout,
                          long maxBodyBytes, int maxInFlight, String proxy, int maxPerHost, Duration minHostDelay,
                          Duration maxCrawlDelay, int maxConnections, boolean obeyRobots, int retries, Duration retryDelay,
                          Duration maxRetryAfter, int maxRedirects, java.util.List<String> allowedHosts) {
        public Crawler {
            Validate.matches(userAgent, "[A-Za-z0-9._-]+", "crawler.user-agent");
            Validate.isTrue(contactUrl != null && contactUrl.isAbsolute(), "crawler.contact-url must be an absolute URL");
            requireAtLeast(connectTimeout, Duration.ofMillis(100), "crawler.connect-timeout");
            requireAtLeast(requestTimeout, Duration.ofMillis(100), "crawler.request-timeout");
            Validate.isTrue(maxBodyBytes >= 1024, "crawler.max-body-bytes must be at least 1024, was %d", maxBodyBytes);
            Validate.inRange(maxInFlight, 1, 1024, "crawler.max-in-flight");
            Validate.isTrue(proxy != null && (proxy.isEmpty() || proxy.matches("[A-Za-z0-9.\\[\\]:-]+:\\d{1,5}")),
                    "crawler.proxy must be host:port or empty, was '%s'", proxy);
            Validate.inRange(maxPerHost, 1, 64, "crawler.max-per-host");
            requireAtLeast(minHostDelay, Duration.ZERO, "crawler.min-host-delay");
            requireAtLeast(maxCrawlDelay, minHostDelay, "crawler.max-crawl-delay");
            Validate.inRange(maxConnections, 1, 1024, "crawler.max-connections");
            Validate.inRange(retries, 0, 10, "crawler.retries");
            requireAtLeast(retryDelay, Duration.ofMillis(1), "crawler.retry-delay");
            requireAtLeast(maxRetryAfter, Duration.ZERO, "crawler.max-retry-after");
            Validate.inRange(maxRedirects, 0, 20, "crawler.max-redirects");
            allowedHosts = Validate.copyOf(allowedHosts, "crawler.allowed-hosts");
            allowedHosts.forEach(h -> Validate.matches(h, "(\\*\\.)?[A-Za-z0-9.:\\[\\]-]+", "crawler.allowed-hosts entry"));
        }
    }

    /**
     * @param flink host:port of a Flink cluster's REST endpoint, or empty for the embedded
     *     MiniCluster
     * @param checkpointDir where checkpoints go, or empty for data.dir/checkpoints
     */
    public record Pipeline(int parallelism, Duration checkpointInterval, String flink, String checkpointDir) {
        public Pipeline {
            Validate.inRange(parallelism, 1, 256, "pipeline.parallelism");
            requireAtLeast(checkpointInterval, Duration.ofMillis(100), "pipeline.checkpoint-interval");
            Validate.notNull(flink, "pipeline.flink");
            Validate.isTrue(flink.isEmpty() || flink.matches("[A-Za-z0-9.\\-]+:[0-9]{1,5}"),
                    "pipeline.flink must be host:port of a Flink cluster's REST endpoint (or empty for the embedded one), not '%s'", flink);
            Validate.notNull(checkpointDir, "pipeline.checkpoint-dir");
        }

        /** Whether the job runs on a Flink cluster rather than inside presswatch. */
        public boolean remote() {
            return !flink.isEmpty();
        }
    }

    public record Analysis(RiskWeights risk, Claims claims) {
        public Analysis {
            Validate.notNull(risk, "analysis.risk");
            Validate.notNull(claims, "analysis.claims");
        }
    }

    /**
     * How the pipeline matches flagged articles against the rebuttal library.
     *
     * @param minRisk the risk score from which an article is matched
     * @param minSimilarity the match similarity from which an entry is kept with the article
     * @param libraryIndex the claim index the job reads; empty: data.dir/library-index
     */
    public record Claims(double minRisk, double minSimilarity, int maxMatches, String libraryIndex, Duration refreshInterval) {
        public Claims {
            Validate.inRange(minRisk, 0.0, 1.0, "analysis.claims.min-risk");
            Validate.inRange(minSimilarity, 0.0, 1.0, "analysis.claims.min-similarity");
            Validate.inRange(maxMatches, 1, org.presswatch.core.library.ClaimMatcher.MAX_MATCHES, "analysis.claims.max-matches");
            Validate.notNull(libraryIndex, "analysis.claims.library-index");
            requireAtLeast(refreshInterval, Duration.ofMillis(100), "analysis.claims.refresh-interval");
        }
    }

    /** The weights of the risk score's factors; see presswatch-defaults.yaml. */
    public record RiskWeights(double topic, double province, double tone, double foreign, double reach, double velocity)
            implements java.io.Serializable {
        public RiskWeights {
            for (double w : new double[] {topic, province, tone, foreign, reach, velocity}) {
                Validate.isTrue(w >= 0 && Double.isFinite(w), "risk weights must be finite and not negative");
            }
            Validate.isTrue(topic > 0, "analysis.risk.topic must be positive: it is what risk is about");
        }

        public static final RiskWeights DEFAULTS = new RiskWeights(3, 1, 1, 1, 1, 1);
    }

    /**
     * @param elasticsearch where the index is with the {@code elasticsearch} backend
     */
    /** @param highRisk the risk score from which an article raises an alert of its own */
    public record Alerts(double highRisk, Spike spike, Amplification amplification, Notifications notifications) {
        public Alerts {
            Validate.inRange(highRisk, 0.0, 1.0, "alerts.high-risk");
            Validate.notNull(spike, "alerts.spike");
            Validate.notNull(amplification, "alerts.amplification");
            Validate.notNull(notifications, "alerts.notifications");
        }
    }

    /**
     * Where new alerts are sent as they are recorded.
     *
     * @param webhooks the receivers' URLs, http or https
     * @param retryMax the longest wait between two tries at a receiver that fails
     */
    public record Notifications(java.util.List<URI> webhooks, Duration pollInterval, Duration retryMax) implements java.io.Serializable {
        public Notifications {
            webhooks = Validate.copyOf(webhooks, "alerts.notifications.webhooks");
            for (URI url : webhooks) {
                Validate.isTrue(url.isAbsolute() && ("http".equals(url.getScheme()) || "https".equals(url.getScheme())) && url.getHost() != null,
                        "alerts.notifications.webhooks: %s is not an http or https URL", url);
            }
            requireAtLeast(pollInterval, Duration.ofMillis(10), "alerts.notifications.poll-interval");
            requireAtLeast(retryMax, pollInterval, "alerts.notifications.retry-max");
        }
    }

    /**
     * @param baselineWeight the weight of the newest window in a key's exponentially weighted
     *     mean and variance
     * @param deviations how many standard deviations above its mean a window's count must be
     * @param minHistory how long a key must have been counted before its spikes are raised
     */
    public record Spike(Duration window, Duration lateness, double baselineWeight, double deviations, int minArticles,
                        Duration minHistory) {
        public Spike {
            requireAtLeast(window, Duration.ofSeconds(1), "alerts.spike.window");
            requireAtLeast(lateness, Duration.ZERO, "alerts.spike.lateness");
            Validate.isTrue(baselineWeight > 0 && baselineWeight <= 1, "alerts.spike.baseline-weight must be in (0, 1], not %s", baselineWeight);
            Validate.inRange(deviations, 0.0, 100.0, "alerts.spike.deviations");
            Validate.inRange(minArticles, 1, Integer.MAX_VALUE, "alerts.spike.min-articles");
            requireAtLeast(minHistory, Duration.ZERO, "alerts.spike.min-history");
        }
    }

    public record Amplification(Duration window, int minSources) {
        public Amplification {
            requireAtLeast(window, Duration.ofSeconds(1), "alerts.amplification.window");
            Validate.inRange(minSources, 2, 1000, "alerts.amplification.min-sources");
        }
    }

    public record Index(Backend backend, Duration refreshInterval, Elasticsearch elasticsearch) {
        public enum Backend { LUCENE, ELASTICSEARCH }

        public Index {
            Validate.notNull(backend, "index.backend");
            requireAtLeast(refreshInterval, Duration.ofMillis(10), "index.refresh-interval");
            Validate.isTrue(backend != Backend.ELASTICSEARCH || elasticsearch != null,
                    "index.elasticsearch (url, index-name) is needed with index.backend: elasticsearch");
        }
    }

    /**
     * @param url the cluster's HTTP address
     * @param indexName the index holding the articles: lowercase, as Elasticsearch requires
     */
    public record Elasticsearch(URI url, String indexName) {
        public Elasticsearch {
            Validate.isTrue(url != null && ("http".equals(url.getScheme()) || "https".equals(url.getScheme())) && url.getHost() != null,
                    "index.elasticsearch.url must be an http(s) address such as http://127.0.0.1:9200, was %s", url);
            Validate.isTrue(indexName != null && indexName.matches("[a-z0-9][a-z0-9._-]*"),
                    "index.elasticsearch.index-name must be lowercase letters, digits, '.', '_' or '-', was '%s'", indexName);
        }
    }

    public record Demo(int newsroomPort, Duration releaseInterval, double backlogShare, Duration pollInterval, boolean spike,
                       Duration spikeAfter, Duration spikeInterval) {
        public Demo {
            Validate.inRange(newsroomPort, 0, 65535, "demo.newsroom-port");
            requireAtLeast(releaseInterval, Duration.ofMillis(100), "demo.release-interval");
            Validate.inRange(backlogShare, 0.0, 1.0, "demo.backlog-share");
            requireAtLeast(pollInterval, Duration.ofSeconds(1), "demo.poll-interval");
            requireAtLeast(spikeAfter, Duration.ZERO, "demo.spike-after");
            requireAtLeast(spikeInterval, Duration.ofMillis(100), "demo.spike-interval");
        }
    }

    private static void requireAtLeast(Duration value, Duration min, String name) {
        Validate.notNull(value, name);
        Validate.isTrue(value.compareTo(min) >= 0, "%s must be at least %s, was %s", name,
                Durations.format(min), Durations.format(value));
    }
}
