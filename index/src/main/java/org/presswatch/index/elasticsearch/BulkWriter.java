package org.presswatch.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.util.BinaryData;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an index's upserts and deletes to Elasticsearch in bulk requests.
 *
 * <p>Writes are buffered and sent when the buffer holds {@code maxOperations} of them or
 * {@code maxBytes} of documents, and on {@link #flush}. Only one request is in flight at a time,
 * so the writes to an article reach the server in the order they were made; and the buffer keeps
 * only the last write per article, which is the one that counts. <b>Back-pressure:</b> the write
 * that fills the buffer sends it and returns when the server has taken it; other writers wait
 * meanwhile. <b>Retry:</b> a request the server refuses for load (429) or cannot serve (502, 503,
 * 504), or that does not reach it, is sent again with exponential back-off, and so is each
 * article the server refused for load; after the last attempt the write fails with an
 * {@link IOException} and the buffer keeps its writes for the next flush, so nothing is lost
 * silently. An article the server rejects for itself (a mapping error) is logged with its id and
 * reason and dropped: one bad article must not stop the others.
 *
 * <p>Thread-safe.
 */
final class BulkWriter {
    private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);

    /** How often a refused write is tried and how long to wait between tries (doubling from the first wait). */
    record Retry(int attempts, long firstWaitMs, long maxWaitMs) {
        /** Eight tries over about eleven seconds: long enough to ride out a node's restart of its shards. */
        static final Retry DEFAULT = new Retry(8, 100, 5_000);
    }

    private final ElasticsearchClient client;
    private final String index;
    private final int maxOperations;
    private final long maxBytes;
    private final Retry retry;
    private final ReentrantLock lock = new ReentrantLock();
    /** By article id: a later write to the same article replaces the earlier one. */
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private long pendingBytes;

    private record Pending(BulkOperation operation, long bytes) {}

    BulkWriter(ElasticsearchClient client, String index, int maxOperations, long maxBytes, Retry retry) {
        this.client = client;
        this.index = index;
        this.maxOperations = maxOperations;
        this.maxBytes = maxBytes;
        this.retry = retry;
    }

    void index(String id, byte[] json) throws IOException {
        BinaryData document = BinaryData.of(json, "application/json");
        add(id, BulkOperation.of(o -> o.index(i -> i.index(index).id(id).document(document))), json.length);
    }

    void delete(String id) throws IOException {
        add(id, BulkOperation.of(o -> o.delete(d -> d.index(index).id(id))), 0);
    }

    private void add(String id, BulkOperation operation, long bytes) throws IOException {
        lock.lock();
        try {
            Pending replaced = pending.remove(id);
            if (replaced != null) {
                pendingBytes -= replaced.bytes();
            }
            pending.put(id, new Pending(operation, bytes));
            pendingBytes += bytes;
            if (pending.size() >= maxOperations || pendingBytes >= maxBytes) {
                sendPending();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Sends every buffered write and returns when the server has taken them all. */
    void flush() throws IOException {
        lock.lock();
        try {
            sendPending();
        } finally {
            lock.unlock();
        }
    }

    private void sendPending() throws IOException {
        List<String> ids = new ArrayList<>(pending.keySet());
        for (int attempt = 1; !ids.isEmpty(); attempt++) {
            List<BulkOperation> operations = ids.stream().map(id -> pending.get(id).operation()).toList();
            List<String> again;
            try {
                again = refusedForLoad(ids, client.bulk(b -> b.operations(operations)));
            } catch (TransportException e) {
                // no status: the request did not reach the server
                again = e.statusCode() < 0 || retryable(e.statusCode()) ? ids : fail(ids, e);
            } catch (ElasticsearchException e) {
                again = retryable(e.status()) ? ids : fail(ids, new IOException(e.getMessage(), e));
            } catch (IOException e) {
                again = ids;
            }
            Set<String> retried = new HashSet<>(again);
            ids.stream().filter(id -> !retried.contains(id)).forEach(this::sent);
            if (!again.isEmpty() && attempt == retry.attempts()) {
                throw new IOException(again.size() + " writes to the Elasticsearch index " + index + " still failed after "
                        + retry.attempts() + " attempts; they stay buffered for the next flush");
            }
            if (!again.isEmpty()) {
                backOff(attempt);
            }
            ids = again;
        }
    }

    /** The ids of the articles to send again; logs and drops the ones the server rejected for themselves. */
    private List<String> refusedForLoad(List<String> ids, BulkResponse response) {
        List<String> again = new ArrayList<>();
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() == null) {
                continue;
            }
            if (retryable(item.status())) {
                again.add(ids.get(i));
            } else {
                LOG.warn("Elasticsearch index {} rejected the write of article {} ({}): {}; it is left out", index, ids.get(i), item.status(),
                        item.error().reason());
            }
        }
        return again;
    }

    private static List<String> fail(List<String> ids, IOException e) throws IOException {
        throw new IOException("Elasticsearch refused a bulk request of " + ids.size() + " writes: " + e.getMessage(), e);
    }

    private void sent(String id) {
        pendingBytes -= pending.remove(id).bytes();
    }

    private static boolean retryable(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    private void backOff(int attempt) throws InterruptedIOException {
        long ms = Math.min(retry.maxWaitMs(), retry.firstWaitMs() << Math.min(attempt - 1, 30));
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry writes to the Elasticsearch index " + index);
        }
    }
}
