package org.presswatch.pipeline.source;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.flink.api.connector.source.SourceOutput;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.source.reader.SingleThreadMultiplexSourceReaderBase;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.presswatch.ingest.feed.FeedItem;

/** Runs a {@link FeedSplitReader} on one fetcher thread and emits its items, tracking each split's crawl state. */
final class FeedSourceReader extends SingleThreadMultiplexSourceReaderBase<FeedRecord, FeedItem, FeedSplit, FeedSplitState> {

    FeedSourceReader(Supplier<SplitReader<FeedRecord, FeedSplit>> splitReader, SourceReaderContext context) {
        super(splitReader, FeedSourceReader::emit, new Configuration(), context);
    }

    private static void emit(FeedRecord record, SourceOutput<FeedItem> output, FeedSplitState split) {
        if (record.item() != null) {
            output.collect(record.item());
        }
        if (record.state() != null) {
            split.update(record.state());
        }
    }

    @Override
    public void start() {
        // Splits are pushed by the enumerator; nothing to request.
    }

    @Override
    protected void onSplitFinished(Map<String, FeedSplitState> finished) {
        // Feeds never finish.
    }

    @Override
    protected FeedSplitState initializedState(FeedSplit split) {
        return new FeedSplitState(split);
    }

    @Override
    protected FeedSplit toSplitType(String splitId, FeedSplitState state) {
        return state.toSplit();
    }
}
