package org.presswatch.index.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presswatch.core.index.ArticleQuery.Order;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.Bucket;
import org.presswatch.core.index.DateCount;
import org.presswatch.core.index.FacetCount;
import org.presswatch.core.index.SearchPage;
import org.presswatch.index.text.ArticleFields;
import org.presswatch.index.text.Cursor;

/**
 * The Elasticsearch requests of an {@link ArticleQuery} and the reading of their responses: the
 * text as translated by {@link LuceneQueryTranslation}, each filter as a non-scoring clause, the
 * order with the article id last (as in the Lucene backend, so no two hits tie and cursors
 * resume exactly), {@code search_after} for cursors, a terms aggregation per facet and a
 * calendar date histogram in the office's time zone. Stateless.
 */
final class ArticleSearches {
    static final int FACET_VALUES = 50;
    private static final String HISTOGRAM = "published_histogram";

    private ArticleSearches() {}

    /** The query and filters; the text already read into a Lucene query. */
    static Query query(ArticleQuery query, org.apache.lucene.search.Query text) {
        List<Query> filters = new ArrayList<>();
        terms(filters, ArticleFields.PROVINCE, query.provinces());
        if (query.minTopicScore() == null) {
            terms(filters, ArticleFields.TOPIC, query.topics());
        } else if (!query.topics().isEmpty()) {
            double min = (float) query.minTopicScore().doubleValue();
            List<Query> any = query.topics().stream()
                    .map(topic -> Query.of(q -> q.range(r -> r.number(n -> n.field(ArticleFields.TOPIC_SCORE + topic).gte(min))))).toList();
            filters.add(Query.of(q -> q.bool(b -> b.should(any).minimumShouldMatch("1"))));
        }
        terms(filters, ArticleFields.LANGUAGE, query.languages());
        terms(filters, ArticleFields.SOURCE, query.sources());
        if (query.from() != null || query.to() != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field(ArticleFields.PUBLISHED).format("epoch_millis");
                if (query.from() != null) {
                    d.gte(String.valueOf(query.from().toEpochMilli()));
                }
                if (query.to() != null) {
                    d.lt(String.valueOf(query.to().toEpochMilli()));
                }
                return d;
            }))));
        }
        if (query.minRisk() > 0) {
            double min = (float) query.minRisk();
            filters.add(Query.of(q -> q.range(r -> r.number(n -> n.field(ArticleFields.RISK).gte(min)))));
        }
        Query must = LuceneQueryTranslation.translate(text);
        return Query.of(q -> q.bool(b -> b.must(must).filter(filters)));
    }

    private static void terms(List<Query> filters, String field, Set<String> values) {
        if (!values.isEmpty()) {
            List<FieldValue> any = values.stream().map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(any)))));
        }
    }

    /** One page of hits with the facets; one more hit than the page, which says whether a next page exists. */
    static SearchRequest search(String index, ArticleQuery query, Query q) {
        Order order = query.effectiveOrder();
        return SearchRequest.of(s -> {
            s.index(index).query(q).from(query.offset()).size(query.limit() + 1).trackTotalHits(t -> t.enabled(true))
                    .sort(sort(order)).source(src -> src.filter(f -> f.includes(PreAnalyzedArticles.ARTICLE)));
            if (query.after() != null) {
                s.searchAfter(after(Cursor.decode(query.after(), order)));
            }
            for (String facet : SearchPage.FACETS) {
                s.aggregations(facet, a -> a.terms(t -> t.field(facet).size(FACET_VALUES)));
            }
            return s;
        });
    }

    private static List<SortOptions> sort(Order order) {
        SortOptions id = SortOptions.of(s -> s.field(f -> f.field(ArticleFields.ID).order(SortOrder.Asc)));
        SortOptions first = switch (order) {
            case RELEVANCE -> SortOptions.of(s -> s.score(x -> x.order(SortOrder.Desc)));
            case NEWEST -> SortOptions.of(s -> s.field(f -> f.field(ArticleFields.PUBLISHED).order(SortOrder.Desc)));
            case OLDEST -> SortOptions.of(s -> s.field(f -> f.field(ArticleFields.PUBLISHED).order(SortOrder.Asc)));
            case RISK -> SortOptions.of(s -> s.field(f -> f.field(ArticleFields.RISK).order(SortOrder.Desc)));
        };
        return List.of(first, id);
    }

    private static List<FieldValue> after(Cursor cursor) {
        FieldValue value = cursor.value() instanceof Long millis ? FieldValue.of(millis) : FieldValue.of(cursor.value().doubleValue());
        return List.of(value, FieldValue.of(cursor.id()));
    }

    /** The cursor that resumes after the hit. */
    static String cursor(Order order, Hit<ObjectNode> hit) {
        List<FieldValue> sort = hit.sort();
        Number value = switch (order) {
            case RELEVANCE, RISK -> (float) sort.get(0).doubleValue();
            case NEWEST, OLDEST -> sort.get(0).longValue();
        };
        return new Cursor(order, value, sort.get(1).stringValue()).encode();
    }

    static Map<String, List<FacetCount>> facets(SearchResponse<ObjectNode> response) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String facet : SearchPage.FACETS) {
            List<FacetCount> counts = new ArrayList<>();
            for (StringTermsBucket bucket : response.aggregations().get(facet).sterms().buckets().array()) {
                counts.add(new FacetCount(bucket.key().stringValue(), bucket.docCount()));
            }
            facets.put(facet, counts);
        }
        return facets;
    }

    /** No hits, only the count per calendar period of the publication time, empty periods between included. */
    static SearchRequest histogram(String index, Query q, Bucket bucket, ZoneId zone) {
        CalendarInterval interval = switch (bucket) {
            case DAY -> CalendarInterval.Day;
            case WEEK -> CalendarInterval.Week;
            case MONTH -> CalendarInterval.Month;
        };
        return SearchRequest.of(s -> s.index(index).query(q).size(0).aggregations(HISTOGRAM,
                a -> a.dateHistogram(d -> d.field(ArticleFields.PUBLISHED).calendarInterval(interval).timeZone(zone.getId()).minDocCount(0))));
    }

    static List<DateCount> histogram(SearchResponse<ObjectNode> response, ZoneId zone) {
        List<DateCount> histogram = new ArrayList<>();
        for (DateHistogramBucket b : response.aggregations().get(HISTOGRAM).dateHistogram().buckets().array()) {
            histogram.add(new DateCount(LocalDate.ofInstant(Instant.ofEpochMilli(b.key()), zone), b.docCount()));
        }
        return histogram;
    }
}
