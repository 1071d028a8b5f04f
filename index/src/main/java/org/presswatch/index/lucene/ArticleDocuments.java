package org.presswatch.index.lucene;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.FloatPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import org.presswatch.core.json.Json;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.ProvinceScore;
import org.presswatch.core.model.TopicScore;
import org.presswatch.index.text.ArticleFields;
import org.presswatch.index.text.ArticleWords;

/**
 * How an analyzed article is laid out in a Lucene document: the {@link ArticleFields} as text,
 * keyword, point, doc-values and facet fields, and the whole article as JSON so a hit can be
 * returned without another lookup. The index writes {@link #toDocument}; the parts are public for
 * a writer that adds the five text fields its own way (analysing each field's text, as a plain
 * Lucene application would) and must otherwise write the same document.
 */
public final class ArticleDocuments {
    private static final String JSON = "_json";
    private static final Set<String> ONLY_JSON = Set.of(JSON);

    /**
     * The text keeps each word's offsets in its postings: the highlighter then finds the passages
     * to show from the index instead of analyzing every hit's text again (half of a search's time).
     */
    public static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private ArticleDocuments() {}

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** The facets' configuration; build a document with its {@code build} once every field is added. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : new String[] {ArticleFields.PROVINCE, ArticleFields.TOPIC, ArticleFields.LANGUAGE, ArticleFields.SOURCE}) {
            config.setMultiValued(dim, true);
        }
        return config;
    }

    static Document toDocument(AnalyzedArticle a, FacetsConfig facets) throws IOException {
        Document doc = new Document();
        // the words are found once and given to each field, rather than each field analyzing the text again
        ArticleWords words = ArticleWords.of(a.article().title(), a.article().text());
        doc.add(tokens(new Field(ArticleFields.TITLE, a.article().title(), TextField.TYPE_STORED), ArticleWords.stream(words.titleFolded())));
        doc.add(tokens(new Field(ArticleFields.TEXT, a.article().text(), TEXT_WITH_OFFSETS), words.textFoldedWithOffsets()));
        doc.add(new TextField(ArticleFields.ALL, ArticleWords.stream(words.allFolded())));
        doc.add(new TextField(ArticleFields.EXACT, ArticleWords.stream(words.allExact())));
        doc.add(new TextField(ArticleFields.PAIRS, ArticleWords.stream(words.allPairs())));
        return facets.build(addFilters(doc, a));
    }

    /**
     * Adds the id, filter, sort and facet fields and the stored article to a document: everything
     * but the five text fields ({@link ArticleFields#TITLE} stored, {@link ArticleFields#TEXT}
     * stored with {@link #TEXT_WITH_OFFSETS}, and ALL, EXACT and PAIRS).
     */
    public static Document addFilters(Document doc, AnalyzedArticle a) throws IOException {
        doc.add(new StringField(ArticleFields.ID, a.id(), Field.Store.NO));
        // the last key of every sort, so that equal scores or dates never make pages overlap
        doc.add(new SortedDocValuesField(ArticleFields.ID, new BytesRef(a.id())));
        float risk = (float) a.analysis().risk().score();
        doc.add(new FloatPoint(ArticleFields.RISK, risk));
        doc.add(new FloatDocValuesField(ArticleFields.RISK, risk));
        for (ProvinceScore p : a.analysis().listedProvinces()) {
            keyword(doc, ArticleFields.PROVINCE, p.code());
        }
        for (TopicScore t : a.analysis().topics()) {
            doc.add(new FloatPoint(ArticleFields.TOPIC_SCORE + t.topic(), (float) t.score()));
            if (t.listed()) {
                keyword(doc, ArticleFields.TOPIC, t.topic());
            }
        }
        keyword(doc, ArticleFields.LANGUAGE, a.analysis().language());
        keyword(doc, ArticleFields.SOURCE, a.article().sourceId());
        long published = ArticleFields.timeOf(a).toEpochMilli();
        doc.add(new LongPoint(ArticleFields.PUBLISHED, published));
        doc.add(new NumericDocValuesField(ArticleFields.PUBLISHED, published));
        doc.add(new StoredField(JSON, new BytesRef(Json.mapper().writeValueAsBytes(a))));
        return doc;
    }

    private static Field tokens(Field field, TokenStream words) {
        field.setTokenStream(words);
        return field;
    }

    /**
     * The article a document holds, read from its JSON alone: the stored title and text (for the
     * highlighter) would only be decoded to be thrown away.
     */
    static AnalyzedArticle read(StoredFields fields, int doc) throws IOException {
        BytesRef json = fields.document(doc, ONLY_JSON).getBinaryValue(JSON);
        try {
            return Json.mapper().readValue(json.bytes, json.offset, json.length, AnalyzedArticle.class);
        } catch (JsonProcessingException e) {
            throw new IOException("stored article cannot be read back: " + e.getOriginalMessage(), e);
        }
    }

    private static void keyword(org.apache.lucene.document.Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(field, value));
    }
}
