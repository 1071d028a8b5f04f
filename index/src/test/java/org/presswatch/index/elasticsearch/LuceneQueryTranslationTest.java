package org.presswatch.index.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.presswatch.core.index.InvalidQueryException;
import org.presswatch.index.text.Analyzers;
import org.presswatch.index.text.ArticleQueries;

/** Golden translations: the Elasticsearch query each kind of Lucene query becomes. */
class LuceneQueryTranslationTest {
    private static final JacksonJsonpMapper MAPPER = new JacksonJsonpMapper();

    private static String json(org.apache.lucene.search.Query query) {
        return JsonpUtils.toJsonString(LuceneQueryTranslation.translate(query), MAPPER);
    }

    private static String officersQuery(String text) {
        return json(new ArticleQueries(Analyzers.query(), Analyzers.exact()).text(text));
    }

    @Test
    void aPhraseWithAFieldAndAnExcludedWord() {
        assertEquals("{\"bool\":{\"must\":[{\"bool\":{\"must\":[{\"match_phrase\":{\"title\":{\"analyzer\":\"whitespace\",\"query\":\"ly son\","
                + "\"slop\":0}}}],\"must_not\":[{\"term\":{\"all\":{\"value\":\"bao\"}}}]}}],\"should\":[{\"bool\":{\"boost\":2.0,\"must\":"
                + "[{\"match_phrase\":{\"title\":{\"analyzer\":\"whitespace\",\"query\":\"ly son\",\"slop\":0}}}],\"must_not\":[{\"term\":"
                + "{\"title\":{\"value\":\"bao\"}}}]}},{\"bool\":{\"boost\":1.5,\"must_not\":[{\"term\":{\"exact\":{\"value\":\"bão\"}}}],"
                + "\"should\":[{\"match_phrase\":{\"title\":{\"analyzer\":\"whitespace\",\"query\":\"lý sơn\",\"slop\":0}}}]}},"
                + "{\"constant_score\":{\"boost\":1000.0,\"filter\":{\"bool\":{\"must\":[{\"match_phrase\":{\"title\":{\"analyzer\":"
                + "\"whitespace\",\"query\":\"lý sơn\",\"slop\":0}}}],\"must_not\":[{\"term\":{\"exact\":{\"value\":\"bão\"}}}]}}}}]}}",
                officersQuery("title:\"Lý Sơn\" -bão"));
    }

    @Test
    void prefixAndFuzzyWords() {
        BooleanQuery either = new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term("all", "hoang")), BooleanClause.Occur.SHOULD)
                .add(new FuzzyQuery(new Term("all", "bien"), 1), BooleanClause.Occur.SHOULD)
                .build();
        assertEquals("{\"bool\":{\"should\":[{\"prefix\":{\"all\":{\"value\":\"hoang\"}}},{\"fuzzy\":{\"all\":{\"prefix_length\":0,"
                + "\"transpositions\":true,\"fuzziness\":\"1\",\"value\":\"bien\"}}}]}}", json(either));
    }

    @Test
    void synonymsInsideQuotesBecomeSpansOfAlternatives() {
        MultiPhraseQuery fishermen = new MultiPhraseQuery.Builder()
                .add(new Term[] {new Term("all", "ngu"), new Term("all", "fishermen")})
                .add(new Term("all", "ly"))
                .setSlop(1)
                .build();
        assertEquals("{\"span_near\":{\"clauses\":[{\"span_or\":{\"clauses\":[{\"span_term\":{\"all\":{\"value\":\"ngu\"}}},{\"span_term\":"
                + "{\"all\":{\"value\":\"fishermen\"}}}]}},{\"span_term\":{\"all\":{\"value\":\"ly\"}}}],\"in_order\":true,\"slop\":1}}",
                json(fishermen));
    }

    @Test
    void aQueryWithoutAPositiveClauseMatchesNothingAsInLucene() {
        String none = "{\"match_none\":{}}";
        assertEquals(none, json(new BooleanQuery.Builder().build()), "text without words");
        assertEquals(none, json(new BooleanQuery.Builder().add(new TermQuery(new Term("all", "bao")), BooleanClause.Occur.MUST_NOT).build()),
                "only an excluded word");
    }

    @Test
    void aQueryWithoutAnElasticsearchFormIsAnInvalidQuery() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> json(new DisjunctionMaxQuery(List.of(new TermQuery(new Term("all", "x"))), 0.1f)));
        assertTrue(e.getMessage().contains("no Elasticsearch form"), e.getMessage());
    }
}
