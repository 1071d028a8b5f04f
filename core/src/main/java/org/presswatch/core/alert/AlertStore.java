package org.presswatch.core.alert;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.presswatch.core.model.Alert;

/**
 * Where raised alerts are kept for the officers and for delivery. Backends (an embedded Lucene
 * index beside the articles, an Elasticsearch index) implement it; the pipeline writes through it
 * and the API reads through it.
 *
 * <p>An alert is recorded once: its id names what raised it (the spike's province, topic and
 * window; the risky article; the amplified story), and {@link #record} keeps the first alert of
 * an id and ignores any later one, so a replay after a restore never raises the same alert twice.
 * A recorded alert is durable and visible to {@link #recent} when {@code record} returns.
 *
 * <p>Implementations are safe for concurrent use.
 */
public interface AlertStore extends Closeable {

    /**
     * Keeps the alert unless one with its id is already kept.
     *
     * @return whether it was new
     */
    boolean record(Alert alert) throws IOException;

    Optional<Alert> get(String id) throws IOException;

    /** The alerts the query selects, the most recently raised first (ties by id). */
    List<Alert> recent(AlertQuery query) throws IOException;

    long count() throws IOException;
}
