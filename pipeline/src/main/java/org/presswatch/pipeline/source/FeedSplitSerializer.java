package org.presswatch.pipeline.source;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.List;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.presswatch.core.json.Json;

/** Splits and the enumerator's pending splits, as JSON. */
final class FeedSplitSerializer {
    private static final int VERSION = 1;

    private FeedSplitSerializer() {}

    static SimpleVersionedSerializer<FeedSplit> splits() {
        return new SimpleVersionedSerializer<>() {
            @Override
            public int getVersion() {
                return VERSION;
            }

            @Override
            public byte[] serialize(FeedSplit split) throws IOException {
                return Json.mapper().writeValueAsBytes(split);
            }

            @Override
            public FeedSplit deserialize(int version, byte[] bytes) throws IOException {
                requireVersion(version);
                return Json.mapper().readValue(bytes, FeedSplit.class);
            }
        };
    }

    static SimpleVersionedSerializer<List<FeedSplit>> pending() {
        return new SimpleVersionedSerializer<>() {
            @Override
            public int getVersion() {
                return VERSION;
            }

            @Override
            public byte[] serialize(List<FeedSplit> splits) throws IOException {
                return Json.mapper().writeValueAsBytes(splits);
            }

            @Override
            public List<FeedSplit> deserialize(int version, byte[] bytes) throws IOException {
                requireVersion(version);
                return Json.mapper().readValue(bytes, new TypeReference<List<FeedSplit>>() {});
            }
        };
    }

    private static void requireVersion(int version) throws IOException {
        if (version != VERSION) {
            throw new IOException("feed split state of version " + version + " cannot be read by version " + VERSION);
        }
    }
}
