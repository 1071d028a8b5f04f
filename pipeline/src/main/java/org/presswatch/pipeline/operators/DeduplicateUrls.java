package org.presswatch.pipeline.operators;

import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.presswatch.ingest.feed.FeedItem;

/**
 * Lets the first item for each canonical URL through and drops later ones, so an article listed
 * by two feeds, or again after a restart, is fetched once. Keyed by URL; the memory of a URL
 * expires after the TTL, long after any feed stops listing it.
 */
public final class DeduplicateUrls extends KeyedProcessFunction<String, FeedItem, FeedItem> {
    private final Duration ttl;
    private transient ValueState<Boolean> seen;

    public DeduplicateUrls(Duration ttl) {
        this.ttl = ttl;
    }

    @Override
    public void open(OpenContext context) {
        ValueStateDescriptor<Boolean> descriptor = new ValueStateDescriptor<>("seen", Types.BOOLEAN);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build());
        seen = getRuntimeContext().getState(descriptor);
    }

    @Override
    public void processElement(FeedItem item, Context context, Collector<FeedItem> out) throws Exception {
        if (seen.value() == null) {
            seen.update(true);
            out.collect(item);
        }
    }
}
