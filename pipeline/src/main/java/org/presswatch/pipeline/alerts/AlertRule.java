package org.presswatch.pipeline.alerts;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.presswatch.core.model.Alert;

/**
 * A rule that raises alerts from what one key has seen: a pure function from the key's state and
 * its next input to its next state and perhaps an alert. The Flink operator
 * ({@link KeyedAlerts}) keeps the state; tests call the rule directly.
 *
 * @param <I> what the rule observes
 * @param <S> what it remembers per key (immutable, serialized as JSON in checkpoints)
 */
public interface AlertRule<I, S> extends Serializable {

    record Outcome<S>(S state, Optional<Alert> alert) {}

    /**
     * @param state the key's state, null for its first input
     * @param now when an alert raised now is raised
     */
    Outcome<S> observe(S state, I input, Instant now);
}
