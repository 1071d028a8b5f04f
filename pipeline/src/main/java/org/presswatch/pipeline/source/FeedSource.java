package org.presswatch.pipeline.source;

import java.time.Clock;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.presswatch.ingest.feed.FeedItem;
import org.presswatch.ingest.fetch.HttpFetcher;
import org.presswatch.pipeline.serialization.JsonTypeInfo;

/**
 * The job's source: an unbounded stream of the items that appear in the sources' feeds. Each
 * source is a split, polled at its own interval by one of the parallel readers; the items a
 * split has emitted are part of the checkpoint, so a restored job does not repeat them.
 */
public final class FeedSource implements Source<FeedItem, FeedSplit, List<FeedSplit>>, ResultTypeQueryable<FeedItem> {
    private final List<org.presswatch.core.model.Source> sources;
    private final HttpFetcher.Settings fetchSettings;

    public FeedSource(List<org.presswatch.core.model.Source> sources, HttpFetcher.Settings fetchSettings) {
        this.sources = List.copyOf(sources);
        this.fetchSettings = fetchSettings;
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.CONTINUOUS_UNBOUNDED;
    }

    @Override
    public SplitEnumerator<FeedSplit, List<FeedSplit>> createEnumerator(SplitEnumeratorContext<FeedSplit> context) {
        return new FeedEnumerator(context, sources.stream().map(s -> new FeedSplit(s, List.of())).toList());
    }

    @Override
    public SplitEnumerator<FeedSplit, List<FeedSplit>> restoreEnumerator(SplitEnumeratorContext<FeedSplit> context,
                                                                          List<FeedSplit> checkpoint) {
        return new FeedEnumerator(context, checkpoint);
    }

    @Override
    public SimpleVersionedSerializer<FeedSplit> getSplitSerializer() {
        return FeedSplitSerializer.splits();
    }

    @Override
    public SimpleVersionedSerializer<List<FeedSplit>> getEnumeratorCheckpointSerializer() {
        return FeedSplitSerializer.pending();
    }

    @Override
    public SourceReader<FeedItem, FeedSplit> createReader(SourceReaderContext context) {
        HttpFetcher.Settings settings = fetchSettings;
        return new FeedSourceReader(() -> new FeedSplitReader(settings, Clock.systemUTC()), context);
    }

    @Override
    public TypeInformation<FeedItem> getProducedType() {
        return JsonTypeInfo.of(FeedItem.class);
    }
}
