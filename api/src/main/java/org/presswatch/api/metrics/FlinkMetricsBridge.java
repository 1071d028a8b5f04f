package org.presswatch.api.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.MetricReporterFactory;
import org.presswatch.pipeline.metrics.PipelineMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows the job's own metrics ({@link PipelineMetrics}) in the API's Micrometer registry when the
 * job runs on the MiniCluster inside presswatch: a Flink metric reporter, which Flink creates
 * through {@link Factory} (found by {@link java.util.ServiceLoader}) when the MiniCluster starts
 * with the settings of {@link #configuration}. Flink tells it of every metric its tasks register
 * and drop; it takes those whose name starts with {@value PipelineMetrics#PREFIX} and ignores
 * Flink's own. A metric's labels are the variables of {@link PipelineMetrics#LABELS} alone, so
 * that a restarted task, another subtask or another attempt shows as the same series:
 *
 * <ul>
 *   <li>a counter is the sum of the live Flink counters of its name and labels, plus the final
 *       counts of those dropped (a task that ended or restarted), so it never goes down while
 *       presswatch runs;</li>
 *   <li>a gauge is the highest value of its live Flink gauges (a feed's lag: the worse reading),
 *       and NaN while it has none.</li>
 * </ul>
 *
 * A job on a Flink cluster is reported by the cluster's own reporters, not here. Flink creates
 * the reporter, so it cannot be handed the registry: the registry is registered here under an id
 * ({@link Metrics} does that) that the settings carry, and forgotten when the registry closes.
 */
public final class FlinkMetricsBridge implements MetricReporter {
    private static final Logger LOG = LoggerFactory.getLogger(FlinkMetricsBridge.class);
    static final String REPORTER = "presswatch";
    static final String REGISTRY_KEY = "registry";
    private static final ConcurrentMap<String, MeterRegistry> REGISTRIES = new ConcurrentHashMap<>();

    private final MeterRegistry registry;
    private final Map<Key, Summed> counters = new HashMap<>();
    private final Map<Key, Highest> gauges = new HashMap<>();

    private record Key(String name, Tags tags) {}

    FlinkMetricsBridge(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The Flink settings that have the job's metrics shown in these metrics. */
    public static Configuration configuration(Metrics metrics) {
        Configuration conf = new Configuration();
        conf.setString("metrics.reporter." + REPORTER + ".factory.class", Factory.class.getName());
        conf.setString("metrics.reporter." + REPORTER + "." + REGISTRY_KEY, metrics.id());
        return conf;
    }

    static void register(String id, MeterRegistry registry) {
        REGISTRIES.put(id, registry);
    }

    static void forget(String id) {
        REGISTRIES.remove(id);
    }

    @Override
    public void open(MetricConfig config) {
        // the registry came with the factory
    }

    @Override
    public void close() {
        // the meters stay with their last values until the registry closes
    }

    @Override
    public void notifyOfAddedMetric(Metric metric, String name, MetricGroup group) {
        Key key = ours(name, group);
        if (key == null) {
            return;
        }
        synchronized (this) {
            if (metric instanceof Counter counter) {
                counters.computeIfAbsent(key, k -> {
                    Summed summed = new Summed();
                    FunctionCounter.builder(k.name(), summed, Summed::count).tags(k.tags()).register(registry);
                    return summed;
                }).live.add(counter);
            } else if (metric instanceof org.apache.flink.metrics.Gauge<?> gauge) {
                gauges.computeIfAbsent(key, k -> {
                    Highest highest = new Highest();
                    Gauge.builder(k.name(), highest, Highest::value).tags(k.tags()).register(registry);
                    return highest;
                }).live.add(gauge);
            }
        }
    }

    @Override
    public void notifyOfRemovedMetric(Metric metric, String name, MetricGroup group) {
        Key key = ours(name, group);
        if (key == null) {
            return;
        }
        synchronized (this) {
            Summed summed = counters.get(key);
            if (summed != null && metric instanceof Counter counter && summed.live.remove(counter)) {
                summed.retired.addAndGet(counter.getCount());
            }
            Highest highest = gauges.get(key);
            if (highest != null) {
                highest.live.remove(metric);
            }
        }
    }

    /** The series of one of the job's own metrics; null for Flink's. */
    private static Key ours(String name, MetricGroup group) {
        return name.startsWith(PipelineMetrics.PREFIX) ? new Key(name, labels(group)) : null;
    }

    /** The group's variables that are labels, {@code <source>} as {@code source}. */
    static Tags labels(MetricGroup group) {
        List<Tag> tags = new ArrayList<>();
        group.getAllVariables().forEach((variable, value) -> {
            String label = variable.startsWith("<") && variable.endsWith(">") ? variable.substring(1, variable.length() - 1) : variable;
            if (PipelineMetrics.LABELS.contains(label)) {
                tags.add(Tag.of(label, value));
            }
        });
        return Tags.of(tags);
    }

    /** The counters of one series: the live ones' counts and the dropped ones' last. */
    private static final class Summed {
        final Set<Counter> live = ConcurrentHashMap.newKeySet();
        final AtomicLong retired = new AtomicLong();

        double count() {
            long sum = retired.get();
            for (Counter counter : live) {
                sum += counter.getCount();
            }
            return sum;
        }
    }

    /** The gauges of one series: the highest reading of the live ones. */
    private static final class Highest {
        final Set<Metric> live = ConcurrentHashMap.newKeySet();

        double value() {
            double highest = Double.NaN;
            for (Metric metric : live) {
                Object value = ((org.apache.flink.metrics.Gauge<?>) metric).getValue();
                if (value instanceof Number number && (Double.isNaN(highest) || number.doubleValue() > highest)) {
                    highest = number.doubleValue();
                }
            }
            return highest;
        }
    }

    /**
     * Made by Flink for the reporter named in {@link #configuration}; finds the registry by the id
     * the settings carry. Listed in {@code META-INF/services}, as Flink finds reporter factories.
     */
    public static final class Factory implements MetricReporterFactory {
        @Override
        public MetricReporter createMetricReporter(Properties properties) {
            String id = properties.getProperty(REGISTRY_KEY, "");
            MeterRegistry registry = REGISTRIES.get(id);
            if (registry == null) {
                LOG.warn("no metrics registry '{}' in this process: the job's metrics are not shown on /metrics", id);
                registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
            }
            return new FlinkMetricsBridge(registry);
        }
    }

    /** The Micrometer meters of the job's metrics, for tests. */
    static List<Meter> meters(MeterRegistry registry) {
        return registry.getMeters().stream().filter(m -> m.getId().getName().startsWith(PipelineMetrics.PREFIX)).toList();
    }
}
