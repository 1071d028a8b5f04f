package org.presswatch.index.elasticsearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.presswatch.core.json.Json;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.ProvinceScore;
import org.presswatch.core.model.TopicScore;
import org.presswatch.index.text.ArticleFields;
import org.presswatch.index.text.ArticleWords;

/**
 * How an analyzed article is laid out as an Elasticsearch document. The text fields are
 * pre-analysed: they hold the words presswatch's own analysis finds ({@link ArticleWords}: ICU
 * words, folded; with diacritics for the exact field; in pairs), one space between them, and the index
 * maps them with the {@code whitespace} analyzer, so the server indexes exactly the words the
 * Lucene backend indexes, at the same positions, without a plugin. The article itself travels
 * whole in {@code article}, kept but not indexed. Stateless.
 */
final class PreAnalyzedArticles {
    static final String ARTICLE = "article";
    /**
     * Stands for a word the folding empties (a lone tatweel, a prolonged sound mark): the word keeps its position,
     * so phrases span it as they do in the Lucene backend.
     */
    private static final String EMPTY_WORD = "\u2205";

    ObjectNode toSource(AnalyzedArticle a) {
        ObjectNode doc = Json.mapper().createObjectNode();
        doc.put(ArticleFields.ID, a.id());
        ArticleWords words = ArticleWords.of(a.article().title(), a.article().text());
        doc.put(ArticleFields.TITLE, joined(words.titleFolded()));
        doc.put(ArticleFields.TEXT, joined(words.textFolded()));
        doc.put(ArticleFields.ALL, joined(words.allFolded()));
        doc.put(ArticleFields.EXACT, joined(words.allExact()));
        doc.put(ArticleFields.PAIRS, joined(words.allPairs()));
        ArrayNode provinces = doc.putArray(ArticleFields.PROVINCE);
        for (ProvinceScore p : a.analysis().listedProvinces()) {
            provinces.add(p.code());
        }
        ArrayNode topics = doc.putArray(ArticleFields.TOPIC);
        ObjectNode topicScores = doc.putObject(topicScoreObject());
        for (TopicScore t : a.analysis().topics()) {
            topicScores.put(t.topic(), (float) t.score());
            if (t.listed()) {
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

    /** The words, one space between them, as the whitespace analyzer will find them again. */
    static String joined(List<String> words) {
        StringBuilder joined = new StringBuilder();
        for (String word : words) {
            if (!joined.isEmpty()) {
                joined.append(' ');
            }
            joined.append(word.isEmpty() ? EMPTY_WORD : word);
        }
        return joined.toString();
    }
}
