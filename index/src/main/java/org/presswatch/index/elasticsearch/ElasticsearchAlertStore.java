package org.presswatch.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.presswatch.core.alert.AlertQuery;
import org.presswatch.core.alert.AlertStore;
import org.presswatch.core.model.Alert;
import org.presswatch.core.util.Validate;
import org.presswatch.index.text.AlertFields;

/**
 * The alert store of a scale-out deployment: one Elasticsearch index, a document an alert under
 * its id, reached with the official Java client.
 *
 * <p>The whole alert is the document's source; its id, kind, province and topic are keywords and
 * the time it was raised a {@code date_nanos}, so alerts sort as they were raised, to the
 * nanosecond (which limits them to the years 1970 to 2262). Nothing else is indexed: the figures
 * may carry any keys. On opening, the index is created with that mapping when missing.
 *
 * <p>{@link #record} asks the server to create the document, which it does for only one of any
 * number of concurrent callers, in any number of processes; it returns once the alert is in the
 * translog on disk and visible to searches. Thread-safe; close it to release the connection
 * pool.
 */
public final class ElasticsearchAlertStore implements AlertStore {
    /**
     * How long a record waits at most for the refresh that makes it visible: the server's default
     * of a second would hold a burst of alerts (a spike in many provinces at once) a second each.
     * Refreshing an index that has not changed costs nothing.
     */
    private static final String REFRESH_INTERVAL = "100ms";
    private static final Instant LAST_NANO = Instant.ofEpochSecond(0, Long.MAX_VALUE);

    private final String index;
    private final ClusterConnection connection;
    private final ElasticsearchClient client;

    /**
     * Connects, and creates the index when it does not exist yet.
     *
     * @param url the cluster's HTTP address, e.g. {@code http://127.0.0.1:9200}
     * @param index the index's name: lowercase, as Elasticsearch requires
     * @throws IOException when the cluster cannot be reached or refuses to create the index
     */
    public ElasticsearchAlertStore(URI url, String index) throws IOException {
        this.index = ClusterConnection.indexName(index);
        this.connection = new ClusterConnection(url);
        this.client = connection.client();
        try {
            createIndexIfMissing();
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private void createIndexIfMissing() throws IOException {
        try {
            if (client.indices().exists(e -> e.index(index)).value()) {
                return;
            }
            client.indices().create(c -> c.index(index)
                    .settings(s -> s.refreshInterval(t -> t.time(REFRESH_INTERVAL)))
                    .mappings(m -> m.dynamic(DynamicMapping.False)
                    .properties(AlertFields.ID, p -> p.keyword(k -> k))
                    .properties(AlertFields.KIND, p -> p.keyword(k -> k))
                    .properties(AlertFields.PROVINCE, p -> p.keyword(k -> k))
                    .properties(AlertFields.TOPIC, p -> p.keyword(k -> k))
                    .properties(AlertFields.RAISED_AT, p -> p.dateNanos(d -> d))
                    .properties("articleIds", p -> p.keyword(k -> k))
                    .properties("figures", p -> p.object(o -> o.enabled(false)))));
        } catch (ElasticsearchException e) {
            // another process created it in the meantime
            if (e.error() == null || !"resource_already_exists_exception".equals(e.error().type())) {
                throw connection.failure(index, e);
            }
        } catch (IOException e) {
            throw connection.failure(index, e);
        }
    }

    @Override
    public boolean record(Alert alert) throws IOException {
        Validate.notNull(alert, "alert");
        requireStorable(alert);
        try {
            client.create(c -> c.index(index).id(alert.id()).document(alert).refresh(Refresh.WaitFor));
            return true;
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return false;
            }
            throw connection.failure(index, e);
        } catch (IOException e) {
            throw connection.failure(index, e);
        }
    }

    /** One bulk request of creations, answered once the alerts are searchable. */
    @Override
    public Set<String> recordAll(List<Alert> alerts) throws IOException {
        Validate.notNull(alerts, "alerts");
        if (alerts.isEmpty()) {
            return Set.of();
        }
        List<BulkOperation> creations = new ArrayList<>();
        for (Alert alert : alerts) {
            Validate.notNull(alert, "alert");
            requireStorable(alert);
            creations.add(BulkOperation.of(o -> o.create(c -> c.index(index).id(alert.id()).document(alert))));
        }
        BulkResponse response = connection.call(index, () -> client.bulk(b -> b.operations(creations).refresh(Refresh.WaitFor)));
        Set<String> added = new LinkedHashSet<>();
        List<String> failures = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                added.add(item.id());
            } else if (item.status() != 409) {
                failures.add(item.id() + " (" + item.status() + " " + item.error().reason() + ")");
            }
        }
        if (!failures.isEmpty()) {
            throw new IOException("Elasticsearch index " + index + " at " + connection.url() + " did not keep " + failures.size()
                    + " alerts: " + String.join(", ", failures.subList(0, Math.min(5, failures.size()))));
        }
        return added;
    }

    private static void requireStorable(Alert alert) {
        Validate.isTrue(!alert.raisedAt().isBefore(Instant.EPOCH) && !alert.raisedAt().isAfter(LAST_NANO),
                "Elasticsearch keeps alerts raised from 1970 to 2262 only; alert %s was raised at %s", alert.id(), alert.raisedAt());
    }

    @Override
    public Optional<Alert> get(String id) throws IOException {
        Validate.notNull(id, "id");
        GetResponse<Alert> found = connection.call(index, () -> client.get(g -> g.index(index).id(id), Alert.class));
        return found.found() ? Optional.of(found.source()) : Optional.empty();
    }

    @Override
    public List<Alert> recent(AlertQuery query) throws IOException {
        Validate.notNull(query, "query");
        BoolQuery.Builder filters = new BoolQuery.Builder();
        if (query.province() != null) {
            filters.filter(f -> f.term(t -> t.field(AlertFields.PROVINCE).value(query.province())));
        }
        if (query.kind() != null) {
            filters.filter(f -> f.term(t -> t.field(AlertFields.KIND).value(query.kind().name())));
        }
        // every alert kept was raised since 1970, which date_nanos cannot go before
        if (query.since() != null && query.since().isAfter(Instant.EPOCH)) {
            filters.filter(f -> f.range(r -> r.date(d -> d.field(AlertFields.RAISED_AT).gte(query.since().toString()))));
        }
        if (query.until() != null) {
            filters.filter(f -> f.range(r -> r.date(d -> d.field(AlertFields.RAISED_AT).lt(query.until().toString()))));
        }
        BoolQuery bool = filters.build();
        return connection.call(index, () -> client.search(s -> s.index(index).size(query.limit()).trackTotalHits(t -> t.enabled(false))
                .query(q -> q.bool(bool))
                .sort(o -> o.field(f -> f.field(AlertFields.RAISED_AT).order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field(AlertFields.ID).order(SortOrder.Asc))), Alert.class))
                .hits().hits().stream().map(Hit::source).toList();
    }

    @Override
    public long count() throws IOException {
        return connection.call(index, () -> client.count(c -> c.index(index))).count();
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }
}
