package org.presswatch.api.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.presswatch.pipeline.reanalysis.ReanalysisStatus;

/**
 * What presswatch counts, as {@code GET /metrics} shows it in Prometheus' text format: one
 * Micrometer registry per API server, with
 *
 * <ul>
 *   <li>the JVM's memory, garbage collection, threads, class loading, process CPU, open files
 *       and uptime (Micrometer's binders);</li>
 *   <li>the HTTP requests by route template (never the raw path: ids would make a series each),
 *       method and status, with a latency histogram: {@code http_server_requests_seconds};</li>
 *   <li>sign-ins by outcome, webhook deliveries by outcome, requests refused by the rate limit,
 *       and the re-analysis' progress;</li>
 *   <li>the job's own counters (articles fetched, extracted, indexed, fetch errors and feed lag
 *       per source, alerts by kind), when it runs on the MiniCluster in this process: see
 *       {@link FlinkMetricsBridge}.</li>
 * </ul>
 *
 * Thread-safe. Closing stops the JVM binders that hold listeners, and detaches the job's bridge.
 */
public final class Metrics implements AutoCloseable {
    /** The Prometheus text exposition format, version 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** The latency histogram's buckets: Prometheus' usual ones, from 5 ms to 10 s. */
    private static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    /** How a sign-in ended. */
    public enum SignIn { OK, FAILED, THROTTLED }

    /** What the rate limit keyed a refused request by. */
    public enum Limited { TOKEN, ACCOUNT, ADDRESS }

    private final String id = UUID.randomUUID().toString();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Map<SignIn, Counter> signIns = new EnumMap<>(SignIn.class);
    private final Map<Limited, Counter> limited = new EnumMap<>(Limited.class);
    private final Counter webhooksSent;
    private final Counter webhooksFailed;

    private Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmInfoMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        for (SignIn outcome : SignIn.values()) {
            signIns.put(outcome, Counter.builder("presswatch.sign.ins").description("Sign-ins with a name and password, by outcome")
                    .tag("outcome", name(outcome)).register(registry));
        }
        for (Limited key : Limited.values()) {
            limited.put(key, Counter.builder("presswatch.rate.limited")
                    .description("Requests refused with 429 by the rate limit, by what the limit was keyed by")
                    .tag("key", name(key)).register(registry));
        }
        webhooksSent = webhookCounter("sent");
        webhooksFailed = webhookCounter("failed");
        FlinkMetricsBridge.register(id, registry);
    }

    /** A registry with the JVM's metrics and the product's counters at zero. */
    public static Metrics start() {
        return new Metrics();
    }

    /** The registry, to count in; the product's counters have their methods here. */
    public MeterRegistry registry() {
        return registry;
    }

    /** Every metric in Prometheus' text format ({@link #CONTENT_TYPE}). */
    public String scrape() {
        return registry.scrape();
    }

    /** What the Flink reporter of the job's metrics is told to find this registry by. */
    String id() {
        return id;
    }

    /**
     * An HTTP request answered.
     *
     * @param route the route's template ({@code /api/v1/articles/{id}}), or a fixed word for
     *     requests no route answered
     */
    public void request(String method, String route, int status, Duration took) {
        Timer.builder("http.server.requests").description("HTTP requests by route template, method and status")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry).record(took);
    }

    public void signIn(SignIn outcome) {
        signIns.get(outcome).increment();
    }

    public void rateLimited(Limited key) {
        limited.get(key).increment();
    }

    /** An alert sent to a webhook (a 2xx answer), or an attempt that failed. */
    public void webhook(boolean sent) {
        (sent ? webhooksSent : webhooksFailed).increment();
    }

    /**
     * Shows the re-analysis' progress: the articles it is to analyse again, those done, and
     * whether it runs; NaN while its status cannot be read.
     */
    public void watchReanalysis(Callable<ReanalysisStatus> status) {
        String description = "Articles the current or last re-analysis is to analyse again (stored when it started), and done";
        Gauge.builder("presswatch.reanalysis.articles", status, s -> read(s, ReanalysisStatus::total)).description(description)
                .tag("progress", "planned").strongReference(true).register(registry);
        Gauge.builder("presswatch.reanalysis.articles", status, s -> read(s, ReanalysisStatus::done)).description(description)
                .tag("progress", "done").strongReference(true).register(registry);
        Gauge.builder("presswatch.reanalysis.running", status, s -> read(s, r -> r.running() ? 1 : 0))
                .description("1 while a re-analysis runs, else 0").strongReference(true).register(registry);
    }

    private static double read(Callable<ReanalysisStatus> status, ToDoubleFunction<ReanalysisStatus> figure) {
        try {
            return figure.applyAsDouble(status.call());
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    private Counter webhookCounter(String outcome) {
        return Counter.builder("presswatch.webhook.deliveries").description("Alerts sent to webhooks: sent (a 2xx answer) or failed (retried later)")
                .tag("outcome", outcome).register(registry);
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        FlinkMetricsBridge.forget(id);
        gc.close();
        registry.close();
    }
}
