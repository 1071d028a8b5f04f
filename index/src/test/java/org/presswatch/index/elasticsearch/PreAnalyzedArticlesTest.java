package org.presswatch.index.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.presswatch.index.TestArticles.article;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.index.text.ArticleFields;
import org.presswatch.index.text.ArticleWords;

/** The words the Elasticsearch backend sends are the words the Lucene backend indexes. */
class PreAnalyzedArticlesTest {
    private final PreAnalyzedArticles documents = new PreAnalyzedArticles();

    @Test
    void textFieldsHoldTheFoldedWordsAndTheExactFieldTheDiacritics() throws IOException {
        AnalyzedArticle a = article("a").title("Trường Sa, Đà Nẵng").text("Ngư dân ra khơi. 南海 渔民").province("48", 0.9)
                .province("01", 0.1).topic("sovereignty", 0.8).topic("religion", 0.2).build();
        ObjectNode doc = documents.toSource(a);
        assertEquals("truong sa da nang", doc.get(ArticleFields.TITLE).asText());
        assertEquals("ngu dan ra khoi 南海 渔民", doc.get(ArticleFields.TEXT).asText(), "ICU finds the Chinese words");
        assertEquals("truong sa da nang ngu dan ra khoi 南海 渔民", doc.get(ArticleFields.ALL).asText());
        assertEquals("trường sa đà nẵng ngư dân ra khơi 南海 渔民", doc.get(ArticleFields.EXACT).asText());
        assertEquals("truong_sa sa_da da_nang nang_ngu ngu_dan dan_ra ra_khoi khoi_南海 南海_渔民", doc.get(ArticleFields.PAIRS).asText());
        assertEquals("[\"48\"]", doc.get(ArticleFields.PROVINCE).toString(), "only the provinces filterable in Lucene too");
        assertEquals("[\"sovereignty\"]", doc.get(ArticleFields.TOPIC).toString());
        assertEquals(0.2f, doc.get("topic_score").get("religion").floatValue(), "every topic's score, for minimum-score filters");
        assertEquals(a, PreAnalyzedArticles.fromSource(doc, a.id()), "the article comes back whole");
    }

    @Test
    void aWordTheFoldingEmptiesKeepsItsPosition() {
        // a lone tatweel is a word to ICU that folding empties
        assertEquals("a \u2205 b", PreAnalyzedArticles.joined(ArticleWords.of("", "a \u0640 b").textFolded()));
    }

    @Test
    void emptyTextHasNoWords() {
        assertEquals("", PreAnalyzedArticles.joined(ArticleWords.of("", "").allFolded()));
        assertEquals("", PreAnalyzedArticles.joined(ArticleWords.of("…  «»", "").allFolded()));
    }
}
