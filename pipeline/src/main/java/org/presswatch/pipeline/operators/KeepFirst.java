package org.presswatch.pipeline.operators;

import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Lets the first element of each key through and drops later ones: keyed by canonical URL, an
 * article listed by two feeds, or again after a restart, is fetched once; keyed by
 * {@link ContentKeys}, a source's article republished under a new address is indexed once. The
 * memory of a key expires after the TTL, long after any feed stops listing it.
 *
 * @param <T> what is deduplicated
 */
public final class KeepFirst<T> extends KeyedProcessFunction<String, T, T> {
    private final Duration ttl;
    private transient ValueState<Boolean> seen;

    public KeepFirst(Duration ttl) {
        this.ttl = ttl;
    }

    @Override
    public void open(OpenContext context) {
        ValueStateDescriptor<Boolean> descriptor = new ValueStateDescriptor<>("seen", Types.BOOLEAN);
        descriptor.enableTimeToLive(StateTtl.afterWrite(ttl));
        seen = getRuntimeContext().getState(descriptor);
    }

    @Override
    public void processElement(T element, Context context, Collector<T> out) throws Exception {
        if (seen.value() == null) {
            seen.update(true);
            out.collect(element);
        }
    }
}
