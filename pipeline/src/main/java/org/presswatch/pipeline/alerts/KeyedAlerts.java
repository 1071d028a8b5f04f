package org.presswatch.pipeline.alerts;

import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.presswatch.core.model.Alert;
import org.presswatch.pipeline.operators.StateTtl;
import org.presswatch.pipeline.serialization.JsonTypeInfo;

/**
 * Applies an {@link AlertRule} per key, with each key's state in Flink's checkpoints. A key left
 * alone for the TTL starts again from no state.
 *
 * @param <I> what the rule observes
 * @param <S> the rule's state per key
 */
public final class KeyedAlerts<I, S> extends KeyedProcessFunction<String, I, Alert> {
    private final AlertRule<I, S> rule;
    private final Class<S> stateType;
    private final Duration ttl;
    private transient ValueState<S> state;

    public KeyedAlerts(AlertRule<I, S> rule, Class<S> stateType, Duration ttl) {
        this.rule = rule;
        this.stateType = stateType;
        this.ttl = ttl;
    }

    @Override
    public void open(OpenContext context) {
        ValueStateDescriptor<S> descriptor = new ValueStateDescriptor<>("alert-rule", JsonTypeInfo.of(stateType));
        descriptor.enableTimeToLive(StateTtl.afterWrite(ttl));
        state = getRuntimeContext().getState(descriptor);
    }

    @Override
    public void processElement(I input, Context context, Collector<Alert> out) throws Exception {
        AlertRule.Outcome<S> outcome = rule.observe(state.value(), input, Instant.ofEpochMilli(context.timerService().currentProcessingTime()));
        state.update(outcome.state());
        outcome.alert().ifPresent(out::collect);
    }
}
