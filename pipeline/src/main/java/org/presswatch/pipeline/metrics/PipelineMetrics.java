package org.presswatch.pipeline.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.flink.api.common.functions.AbstractRichFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.ThreadSafeSimpleCounter;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;

/**
 * The job's own metrics: what it fetched, extracted, indexed and raised, and how each source's
 * polling goes. They are counted in Flink's own metric system, each in the metric group of the
 * operator that does the work, with the source or the kind as a Flink variable
 * ({@code addGroup("source", id)}), so the job depends on nothing but Flink to count:
 *
 * <ul>
 *   <li>on the MiniCluster inside presswatch (the default), the API passes the job a Flink metric
 *       reporter of its own that hands every metric whose name starts with {@value #PREFIX} to its
 *       Micrometer registry, and {@code /metrics} shows them beside the API's;</li>
 *   <li>on a Flink cluster, they are the cluster's: whatever reporter the cluster runs (Flink's
 *       Prometheus reporter, JMX) shows them, under Flink's own scope names; presswatch's
 *       {@code /metrics} then has the API's metrics only.</li>
 * </ul>
 *
 * This was chosen over a process-wide registry that the operators look up, or a facade in core:
 * either would count only when the job runs in presswatch's own JVM, would need a static
 * registry that tasks reach around Flink, and would duplicate what Flink's metric groups already
 * do (scoping by operator and subtask, dropping a task's metrics when it ends).
 *
 * <p>The names here are the contract with the API's bridge: a metric's name, and only the
 * variables in {@link #LABELS}, become the Prometheus name and labels. Counters of one name and
 * labels in several subtasks are added up; gauges take the highest.
 */
public final class PipelineMetrics {
    /** Every metric of the job's own starts with this; Flink's metrics do not. */
    public static final String PREFIX = "presswatch_";
    /** Article pages downloaded, per source. */
    public static final String ARTICLES_FETCHED = PREFIX + "articles_fetched";
    /** Articles extracted from their pages (title or text found), per source. */
    public static final String ARTICLES_EXTRACTED = PREFIX + "articles_extracted";
    /** Analysed articles written to the index (a replay after a restore writes some again), per source. */
    public static final String ARTICLES_INDEXED = PREFIX + "articles_indexed";
    /** Failed fetches, per source and stage: {@code feed} (a feed poll's errors) or {@code page} (an article page). */
    public static final String FETCH_ERRORS = PREFIX + "fetch_errors";
    /** Seconds since a source was last polled successfully (since the job took it up, if never), per source. */
    public static final String FEED_LAG_SECONDS = PREFIX + "feed_lag_seconds";
    /** Alerts recorded in the alert store (once each, when their checkpoint completes), per kind. */
    public static final String ALERTS_RAISED = PREFIX + "alerts_raised";

    public static final String SOURCE = "source";
    public static final String STAGE = "stage";
    public static final String KIND = "kind";
    /** The Flink variables that become labels; every other variable (host, task, subtask...) is left out. */
    public static final Set<String> LABELS = Set.of(SOURCE, STAGE, KIND);

    private PipelineMetrics() {}

    /**
     * The metric group of a rich function's operator; outside a running job (a benchmark calls
     * the function directly) one that counts nowhere.
     */
    public static MetricGroup groupOf(AbstractRichFunction function) {
        try {
            return function.getRuntimeContext().getMetricGroup();
        } catch (IllegalStateException e) {
            return new UnregisteredMetricsGroup();
        }
    }

    /** A counter of one name per value of one variable (a source, a kind), made when first counted. Thread-safe. */
    public static final class Labelled {
        private final MetricGroup group;
        private final String name;
        private final String label;
        private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

        /** @param group the operator's metric group, or a group beneath it that adds a variable of its own */
        public Labelled(MetricGroup group, String name, String label) {
            this.group = group;
            this.name = name;
            this.label = label;
        }

        public void inc(String value) {
            inc(value, 1);
        }

        public void inc(String value, long n) {
            if (n > 0) {
                counters.computeIfAbsent(value, v -> group.addGroup(label, v).counter(name, new ThreadSafeSimpleCounter())).inc(n);
            }
        }
    }
}
