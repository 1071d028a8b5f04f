package org.presswatch.core.alert;

import java.io.Closeable;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Keeps each alert unless one with its id is already kept (or comes earlier in the list), in
     * one go: all are durable and visible when it returns. The pipeline records a checkpoint's
     * alerts this way, so a burst of them costs one write to disk, not one each.
     *
     * @return the ids of the alerts that were new
     */
    default Set<String> recordAll(List<Alert> alerts) throws IOException {
        Set<String> added = new LinkedHashSet<>();
        for (Alert alert : alerts) {
            if (record(alert)) {
                added.add(alert.id());
            }
        }
        return added;
    }

    Optional<Alert> get(String id) throws IOException;

    /** The alerts the query selects, the most recently raised first (ties by id). */
    List<Alert> recent(AlertQuery query) throws IOException;

    long count() throws IOException;
}
