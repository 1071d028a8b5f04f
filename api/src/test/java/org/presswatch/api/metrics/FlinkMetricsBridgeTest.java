package org.presswatch.api.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.SimpleCounter;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.junit.jupiter.api.Test;
import org.presswatch.pipeline.metrics.PipelineMetrics;

/**
 * The job's metrics reach the API's registry: the bridge's arithmetic on its own, and a real job
 * on a MiniCluster started with the bridge's settings, as the runtime starts the embedded job.
 */
class FlinkMetricsBridgeTest {
    @Test
    void countersOfASeriesAddUpAndKeepTheCountsOfTasksThatEnded() {
        MeterRegistry registry = new SimpleMeterRegistry();
        FlinkMetricsBridge bridge = new FlinkMetricsBridge(registry);
        MetricGroup first = group(Map.of("<source>", "duyenhai", "<subtask_index>", "0", "<host>", "h"));
        MetricGroup second = group(Map.of("<source>", "duyenhai", "<subtask_index>", "1", "<host>", "h"));
        SimpleCounter a = new SimpleCounter();
        SimpleCounter b = new SimpleCounter();
        bridge.notifyOfAddedMetric(a, PipelineMetrics.ARTICLES_FETCHED, first);
        bridge.notifyOfAddedMetric(b, PipelineMetrics.ARTICLES_FETCHED, second);
        bridge.notifyOfAddedMetric(new SimpleCounter(), "numRecordsIn", first);
        a.inc(3);
        b.inc(4);
        assertEquals(7, count(registry, PipelineMetrics.ARTICLES_FETCHED, Tags.of("source", "duyenhai")));
        bridge.notifyOfRemovedMetric(a, PipelineMetrics.ARTICLES_FETCHED, first);
        b.inc();
        assertEquals(8, count(registry, PipelineMetrics.ARTICLES_FETCHED, Tags.of("source", "duyenhai")), "never goes down");
        assertEquals(List.of(PipelineMetrics.ARTICLES_FETCHED), FlinkMetricsBridge.meters(registry).stream().map(m -> m.getId().getName())
                .toList(), "Flink's own metrics are left out, and the subtasks are one series");
        assertEquals(Tags.of("source", "duyenhai"), Tags.of(FlinkMetricsBridge.meters(registry).get(0).getId().getTags()));
    }

    @Test
    void aGaugeIsTheHighestOfItsLiveGauges() {
        MeterRegistry registry = new SimpleMeterRegistry();
        FlinkMetricsBridge bridge = new FlinkMetricsBridge(registry);
        MetricGroup group = group(Map.of("<source>", "straits"));
        Gauge<Double> low = () -> 5.0;
        Gauge<Double> high = () -> 65.0;
        bridge.notifyOfAddedMetric(low, PipelineMetrics.FEED_LAG_SECONDS, group);
        bridge.notifyOfAddedMetric(high, PipelineMetrics.FEED_LAG_SECONDS, group);
        assertEquals(65.0, registry.get(PipelineMetrics.FEED_LAG_SECONDS).tags("source", "straits").gauge().value());
        bridge.notifyOfRemovedMetric(high, PipelineMetrics.FEED_LAG_SECONDS, group);
        assertEquals(5.0, registry.get(PipelineMetrics.FEED_LAG_SECONDS).gauge().value());
        bridge.notifyOfRemovedMetric(low, PipelineMetrics.FEED_LAG_SECONDS, group);
        assertTrue(Double.isNaN(registry.get(PipelineMetrics.FEED_LAG_SECONDS).gauge().value()));
    }

    @Test
    void aJobOnTheMiniClusterCountsIntoTheApisRegistry() throws Exception {
        try (Metrics metrics = Metrics.start()) {
            org.apache.flink.configuration.Configuration conf = FlinkMetricsBridge.configuration(metrics);
            conf.setString("security.delegation.tokens.enabled", "false");
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, conf);
            env.fromData("duyenhai", "straits", "duyenhai", "duyenhai").rebalance()
                    .map(new CountSources(), Types.STRING)
                    .sinkTo(new DiscardingSink<>());
            env.execute("metrics");
            assertEquals(3, count(metrics.registry(), PipelineMetrics.ARTICLES_FETCHED, Tags.of("source", "duyenhai")));
            assertEquals(1, count(metrics.registry(), PipelineMetrics.ARTICLES_FETCHED, Tags.of("source", "straits")));
            String scraped = metrics.scrape();
            assertTrue(scraped.contains("presswatch_articles_fetched_total{source=\"duyenhai\"} 3.0"), scraped.lines()
                    .filter(l -> l.contains("presswatch_")).toList().toString());
        }
    }

    /** Counts each record as an article of the source it names, as the job's operators count. */
    private static final class CountSources extends RichMapFunction<String, String> {
        private transient PipelineMetrics.Labelled fetched;

        @Override
        public void open(OpenContext context) {
            fetched = new PipelineMetrics.Labelled(PipelineMetrics.groupOf(this), PipelineMetrics.ARTICLES_FETCHED, PipelineMetrics.SOURCE);
        }

        @Override
        public String map(String source) {
            fetched.inc(source);
            return source;
        }
    }

    private static double count(MeterRegistry registry, String name, Tags tags) {
        return registry.get(name).tags(tags).functionCounter().count();
    }

    private static MetricGroup group(Map<String, String> variables) {
        return new UnregisteredMetricsGroup() {
            @Override
            public Map<String, String> getAllVariables() {
                return variables;
            }
        };
    }
}
