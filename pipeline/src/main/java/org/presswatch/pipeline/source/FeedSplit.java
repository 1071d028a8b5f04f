package org.presswatch.pipeline.source;

import java.util.List;
import org.apache.flink.api.connector.source.SourceSplit;
import org.presswatch.core.model.Source;
import org.presswatch.core.util.Validate;

/**
 * The unit of polling work: one source with the keys of the items already taken from its feeds.
 * Checkpointed, so a restored job does not emit those items again.
 */
public record FeedSplit(Source source, List<String> seen) implements SourceSplit {
    public FeedSplit {
        Validate.notNull(source, "source");
        seen = Validate.copyOf(seen, "seen");
    }

    @Override
    public String splitId() {
        return source.id();
    }
}
