package org.presswatch.index.elasticsearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.presswatch.core.json.Json;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.ProvinceScore;
import org.presswatch.core.model.TopicScore;
import org.presswatch.index.text.Analyzers;
import org.presswatch.index.text.ArticleFields;

/**
 * How an analyzed article is laid out as an Elasticsearch document. The text fields are
 * pre-analysed: they hold the words presswatch's own analysis finds ({@link Analyzers}: ICU
 * words, folded; with diacritics for the exact field), one space between them, and the index
 * maps them with the {@code whitespace} analyzer, so the server indexes exactly the words the
 * Lucene backend indexes, at the same positions, without a plugin. The article itself travels
 * whole in {@code article}, kept but not indexed. Thread-safe: the analyzer reuses its
 * components per thread.
 */
final class PreAnalyzedArticles {
    static final String ARTICLE = "article";
    /**
     * Stands for a word the folding empties (a lone tatweel, a prolonged sound mark): the word keeps its position,
     * so phrases span it as they do in the Lucene backend.
     */
    private static final String EMPTY_WORD = "\u2205";

    private final Analyzer analyzer = Analyzers.indexing();

    ObjectNode toSource(AnalyzedArticle a) throws IOException {
        ObjectNode doc = Json.mapper().createObjectNode();
        doc.put(ArticleFields.ID, a.id());
        String title = words(ArticleFields.TITLE, a.article().title());
        String text = words(ArticleFields.TEXT, a.article().text());
        doc.put(ArticleFields.TITLE, title);
        doc.put(ArticleFields.TEXT, text);
        // the Lucene backend analyzes "title\ntext" as one value: the words run on without a gap
        doc.put(ArticleFields.ALL, title.isEmpty() || text.isEmpty() ? title + text : title + " " + text);
        doc.put(ArticleFields.EXACT, words(ArticleFields.EXACT, ArticleFields.all(a)));
        doc.put(ArticleFields.PAIRS, words(ArticleFields.PAIRS, ArticleFields.all(a)));
        ArrayNode provinces = doc.putArray(ArticleFields.PROVINCE);
        for (ProvinceScore p : a.analysis().provinces()) {
            if (p.score() >= ArticleFields.PROVINCE_MIN_SCORE) {
                provinces.add(p.code());
            }
        }
        ArrayNode topics = doc.putArray(ArticleFields.TOPIC);
        ObjectNode topicScores = doc.putObject(topicScoreObject());
        for (TopicScore t : a.analysis().topics()) {
            topicScores.put(t.topic(), (float) t.score());
            if (t.score() >= ArticleFields.TOPIC_MIN_SCORE) {
                topics.add(t.topic());
            }
        }
        doc.put(ArticleFields.LANGUAGE, a.analysis().language());
        doc.put(ArticleFields.SOURCE, a.article().sourceId());
        doc.put(ArticleFields.RISK, (float) a.analysis().risk().score());
        doc.put(ArticleFields.PUBLISHED, ArticleFields.timeOf(a).toEpochMilli());
        doc.set(ARTICLE, Json.mapper().valueToTree(a));
        return doc;
    }

    /** The name of the object holding each topic's score ({@code topic_score}). */
    static String topicScoreObject() {
        return ArticleFields.TOPIC_SCORE.substring(0, ArticleFields.TOPIC_SCORE.length() - 1);
    }

    static AnalyzedArticle fromSource(JsonNode source, String id) throws IOException {
        JsonNode article = source == null ? null : source.get(ARTICLE);
        if (article == null) {
            throw new IOException("the stored document " + id + " has no article: it was not written by presswatch");
        }
        try {
            return Json.mapper().treeToValue(article, AnalyzedArticle.class);
        } catch (JsonProcessingException e) {
            throw new IOException("the stored article " + id + " cannot be read back: " + e.getOriginalMessage(), e);
        }
    }

    /** The words the field's analysis finds in the text, one space between them. */
    String words(String field, String text) {
        StringBuilder words = new StringBuilder(text.length());
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (!words.isEmpty()) {
                    words.append(' ');
                }
                if (term.length() == 0) {
                    words.append(EMPTY_WORD);
                } else {
                    words.append(term);
                }
            }
            tokens.end();
        } catch (IOException e) {
            // analysis of a string in memory cannot fail to read
            throw new UncheckedIOException(e);
        }
        return words.toString();
    }
}
