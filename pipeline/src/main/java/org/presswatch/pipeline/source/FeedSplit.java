package org.presswatch.pipeline.source;

import org.apache.flink.api.connector.source.SourceSplit;
import org.presswatch.core.model.Source;
import org.presswatch.core.util.Validate;
import org.presswatch.ingest.crawl.FeedState;

/**
 * The unit of polling work: one source, with its crawl state (validators, items already taken,
 * next poll) as of the last poll whose items were all emitted. Checkpointed, so a restored job
 * neither repeats those items nor downloads unchanged feeds again.
 *
 * @param state null for a source not polled yet in this job
 */
public record FeedSplit(Source source, FeedState state) implements SourceSplit {
    public FeedSplit {
        Validate.notNull(source, "source");
        Validate.isTrue(state == null || state.sourceId().equals(source.id()), "state of %s given for source %s",
                state == null ? null : state.sourceId(), source.id());
    }

    @Override
    public String splitId() {
        return source.id();
    }
}
