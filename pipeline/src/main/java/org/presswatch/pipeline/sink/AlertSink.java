package org.presswatch.pipeline.sink;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.connector.sink2.Committer;
import org.apache.flink.api.connector.sink2.CommitterInitContext;
import org.apache.flink.api.connector.sink2.CommittingSinkWriter;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SupportsCommitter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.presswatch.core.alert.AlertStore;
import org.presswatch.core.json.Json;
import org.presswatch.core.model.Alert;
import org.presswatch.pipeline.metrics.PipelineMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records alerts in the alert store, exactly once. The writer holds the alerts raised since the
 * last checkpoint; they are recorded only once the checkpoint that covers them completes. A job
 * that fails before then restores the detectors' state from that checkpoint and raises them
 * again, so an alert is never lost and never raised twice, even when the replay meets the
 * articles in another order. The store keeps the first alert of an id, which makes a retried
 * commit harmless. Alerts recorded are counted per kind ({@link PipelineMetrics}), once each.
 */
public final class AlertSink implements Sink<Alert>, SupportsCommitter<Alert> {
    private static final Logger LOG = LoggerFactory.getLogger(AlertSink.class);
    /** A store still failing after this many retries of a commit fails the job, which restores and tries again. */
    private static final int MAX_RETRIES = 5;

    private final AlertStoreProvider provider;

    public AlertSink(AlertStoreProvider provider) {
        this.provider = provider;
    }

    @Override
    public CommittingSinkWriter<Alert, Alert> createWriter(WriterInitContext context) {
        return new Writer();
    }

    @Override
    public Committer<Alert> createCommitter(CommitterInitContext context) throws IOException {
        return new StoreCommitter(provider, new PipelineMetrics.Labelled(context.metricGroup(), PipelineMetrics.ALERTS_RAISED,
                PipelineMetrics.KIND));
    }

    @Override
    public SimpleVersionedSerializer<Alert> getCommittableSerializer() {
        return new AlertSerializer();
    }

    private static final class Writer implements CommittingSinkWriter<Alert, Alert> {
        private final List<Alert> pending = new ArrayList<>();

        @Override
        public void write(Alert alert, Context context) {
            pending.add(alert);
        }

        @Override
        public Collection<Alert> prepareCommit() {
            List<Alert> committables = List.copyOf(pending);
            pending.clear();
            return committables;
        }

        @Override
        public void flush(boolean endOfInput) {
            // the alerts wait for their checkpoint: prepareCommit hands them over
        }

        @Override
        public void close() {
            pending.clear();
        }
    }

    private static final class StoreCommitter implements Committer<Alert> {
        private final AlertStoreProvider provider;
        private final AlertStore store;
        private final PipelineMetrics.Labelled raised;

        StoreCommitter(AlertStoreProvider provider, PipelineMetrics.Labelled raised) throws IOException {
            this.provider = provider;
            this.raised = raised;
            this.store = provider.acquire();
        }

        /** One write to the store for the checkpoint's alerts; a failed write is retried whole. */
        @Override
        public void commit(Collection<CommitRequest<Alert>> requests) {
            if (requests.isEmpty()) {
                return;
            }
            List<Alert> alerts = requests.stream().map(CommitRequest::getCommittable).toList();
            Set<String> added;
            try {
                added = new HashSet<>(store.recordAll(alerts));
            } catch (IOException e) {
                for (CommitRequest<Alert> request : requests) {
                    if (request.getNumberOfRetries() < MAX_RETRIES) {
                        request.retryLater();
                    } else {
                        request.signalFailedWithUnknownReason(e);
                    }
                }
                LOG.warn("{} alerts not recorded yet, retrying: {}", alerts.size(), e.getMessage());
                return;
            }
            for (CommitRequest<Alert> request : requests) {
                Alert alert = request.getCommittable();
                if (added.remove(alert.id())) {
                    LOG.info("alert {}: {}", alert.id(), alert.summary());
                    raised.inc(alert.kind().name().toLowerCase(java.util.Locale.ROOT));
                } else {
                    request.signalAlreadyCommitted();
                }
            }
        }

        @Override
        public void close() throws IOException {
            provider.release(store);
        }
    }

    /** Alerts in their JSON form, version 1. */
    static final class AlertSerializer implements SimpleVersionedSerializer<Alert> {
        @Override
        public int getVersion() {
            return 1;
        }

        @Override
        public byte[] serialize(Alert alert) throws IOException {
            return Json.mapper().writeValueAsBytes(alert);
        }

        @Override
        public Alert deserialize(int version, byte[] serialized) throws IOException {
            if (version != 1) {
                throw new IOException("unknown alert committable version " + version);
            }
            return Json.mapper().readValue(serialized, Alert.class);
        }
    }
}
