package org.presswatch.index.lucene;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.time.Instant;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.FloatPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.presswatch.core.json.Json;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.ProvinceScore;
import org.presswatch.core.model.TopicScore;

/**
 * How an analyzed article is laid out in Lucene: searchable title and text (folded, and with
 * diacritics), filter and facet fields (province, topic, language, source), each topic's score,
 * the risk and the publication time for ranges and sorting, and the whole article as JSON so a
 * hit can be returned without another lookup.
 */
final class ArticleFields {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    /** Title and text together: what a query must match. */
    static final String ALL = "all";
    /** Title and text with their diacritics: a query's exact words rank higher. */
    static final String EXACT = "exact";
    /** The risk score, for filters and sorting. */
    static final String RISK = "risk";
    /** Prefix of each topic's score field ({@code topic_score.sovereignty}), for minimum-score filters. */
    static final String TOPIC_SCORE = "topic_score.";
    static final String PROVINCE = "province";
    static final String TOPIC = "topic";
    static final String LANGUAGE = "language";
    static final String SOURCE = "source";
    static final String PUBLISHED = "published";
    static final String JSON = "_json";

    /** Provinces at least this relevant are filterable; a passing mention in a long body is not. */
    static final double PROVINCE_MIN_SCORE = 0.25;
    /** Topics at least this relevant are filterable, the same threshold the analysis lists them at. */
    static final double TOPIC_MIN_SCORE = 0.5;

    /**
     * The text keeps each word's offsets in its postings: the highlighter then finds the passages
     * to show from the index instead of analyzing every hit's text again (half of a search's time).
     */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private ArticleFields() {}

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : new String[] {PROVINCE, TOPIC, LANGUAGE, SOURCE}) {
            config.setMultiValued(dim, true);
        }
        return config;
    }

    static Document toDocument(AnalyzedArticle a, FacetsConfig facets) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, a.id(), Field.Store.NO));
        // the last key of every sort, so that equal scores or dates never make pages overlap
        doc.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
        doc.add(new TextField(TITLE, a.article().title(), Field.Store.YES));
        doc.add(new Field(TEXT, a.article().text(), TEXT_WITH_OFFSETS));
        doc.add(new TextField(ALL, a.article().title() + "\n" + a.article().text(), Field.Store.NO));
        doc.add(new TextField(EXACT, a.article().title() + "\n" + a.article().text(), Field.Store.NO));
        float risk = (float) a.analysis().risk().score();
        doc.add(new FloatPoint(RISK, risk));
        doc.add(new FloatDocValuesField(RISK, risk));
        for (ProvinceScore p : a.analysis().provinces()) {
            if (p.score() >= PROVINCE_MIN_SCORE) {
                keyword(doc, PROVINCE, p.code());
            }
        }
        for (TopicScore t : a.analysis().topics()) {
            doc.add(new FloatPoint(TOPIC_SCORE + t.topic(), (float) t.score()));
            if (t.score() >= TOPIC_MIN_SCORE) {
                keyword(doc, TOPIC, t.topic());
            }
        }
        keyword(doc, LANGUAGE, a.analysis().language());
        keyword(doc, SOURCE, a.article().sourceId());
        long published = timeOf(a).toEpochMilli();
        doc.add(new LongPoint(PUBLISHED, published));
        doc.add(new NumericDocValuesField(PUBLISHED, published));
        doc.add(new StoredField(JSON, new BytesRef(Json.mapper().writeValueAsBytes(a))));
        return facets.build(doc);
    }

    static AnalyzedArticle fromStored(Document stored) throws IOException {
        BytesRef json = stored.getBinaryValue(JSON);
        try {
            return Json.mapper().readValue(json.bytes, json.offset, json.length, AnalyzedArticle.class);
        } catch (JsonProcessingException e) {
            throw new IOException("stored article cannot be read back: " + e.getOriginalMessage(), e);
        }
    }

    /** Articles without a publication date sort and filter by when they were fetched. */
    static Instant timeOf(AnalyzedArticle a) {
        return a.article().published() != null ? a.article().published() : a.article().fetched();
    }

    private static void keyword(org.apache.lucene.document.Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(field, value));
    }
}
