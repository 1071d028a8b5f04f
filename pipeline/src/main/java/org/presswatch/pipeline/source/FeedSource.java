package org.presswatch.pipeline.source;

import java.nio.file.Path;
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
import org.presswatch.ingest.crawl.FeedStateStore;
import org.presswatch.ingest.feed.FeedItem;
import org.presswatch.ingest.feed.FeedPoller;
import org.presswatch.ingest.fetch.CrawlPolicy;
import org.presswatch.ingest.fetch.HttpFetcher;
import org.presswatch.pipeline.serialization.JsonTypeInfo;

/**
 * The job's source: an unbounded stream of the items that appear in the sources' feeds. Each
 * source is a split, polled on its own adaptive schedule by one of the parallel readers; its
 * crawl state (validators, items taken, next poll) is part of the checkpoint, and a copy is saved
 * to a directory when the checkpoint completes, so neither a restored nor a restarted job repeats
 * items or downloads unchanged feeds.
 */
public final class FeedSource implements Source<FeedItem, FeedSplit, List<FeedSplit>>, ResultTypeQueryable<FeedItem> {
    private final List<org.presswatch.core.model.Source> sources;
    private final HttpFetcher.Settings fetchSettings;
    private final CrawlPolicy policy;
    private final String stateDirectory;

    /**
     * @param stateDirectory where each source's crawl state is saved when a checkpoint completes,
     *     and read when a job starts without one; null to keep it only in checkpoints
     */
    public FeedSource(List<org.presswatch.core.model.Source> sources, HttpFetcher.Settings fetchSettings, CrawlPolicy policy,
                      Path stateDirectory) {
        this.sources = List.copyOf(sources);
        this.fetchSettings = fetchSettings;
        this.policy = policy;
        this.stateDirectory = stateDirectory == null ? null : stateDirectory.toAbsolutePath().toString();
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.CONTINUOUS_UNBOUNDED;
    }

    @Override
    public SplitEnumerator<FeedSplit, List<FeedSplit>> createEnumerator(SplitEnumeratorContext<FeedSplit> context) {
        return new FeedEnumerator(context, sources.stream().map(s -> new FeedSplit(s, null)).toList());
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
        CrawlPolicy crawlPolicy = policy;
        FeedStateStore store = stateDirectory == null ? null : new FeedStateStore(Path.of(stateDirectory));
        return new FeedSourceReader(() -> new FeedSplitReader(new FeedPoller(HttpFetcher.shared(settings, crawlPolicy)), store,
                Clock.systemUTC(), context.metricGroup()), store, context);
    }

    @Override
    public TypeInformation<FeedItem> getProducedType() {
        return JsonTypeInfo.of(FeedItem.class);
    }
}
