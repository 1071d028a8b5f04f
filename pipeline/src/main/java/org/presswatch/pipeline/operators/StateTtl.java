package org.presswatch.pipeline.operators;

import java.time.Duration;
import org.apache.flink.api.common.state.StateTtlConfig;

/** The one expiry policy of the job's keyed state: a value lasts the TTL after its last write. */
public final class StateTtl {
    private StateTtl() {}

    public static StateTtlConfig afterWrite(Duration ttl) {
        return StateTtlConfig.newBuilder(ttl)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build();
    }
}
