package org.presswatch.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;
import org.presswatch.index.text.Analyzers;
import org.presswatch.index.text.ArticleFields;
import org.presswatch.index.text.ArticleQueries;

/**
 * What the text query costs at scale: each phrase evaluated once, as a lookup of word pairs, and
 * the highlighter given only what it marks. (How the results rank is the contract tests' business.)
 */
class ArticleQueriesCostTest {
    private final ArticleQueries queries = new ArticleQueries(Analyzers.query(), Analyzers.exact());

    @Test
    void aSynonymGroupsPhrasesAreEvaluatedOnceAsPairs() {
        // "biển đông" is required as the phrases of its group; the adjacency bonus would be the same phrases again
        Query text = queries.text("biển đông");
        assertEquals(2, terms(text, ArticleFields.PAIRS).stream().filter("bien_dong"::equals).count(),
                "the query's own pair to match, and once more, one term, for the bonus of its own words");
        assertEquals(List.of(), phrases(text, ArticleFields.ALL), "no phrase on the combined field: their positions are not checked");
        assertEquals(1, phrases(text, ArticleFields.PAIRS).stream().filter(List.of("south_china", "china_sea")::equals).count(),
                "a longer phrase is a phrase of pairs, evaluated once");
    }

    @Test
    void wordsOutsideAGroupStillRankHigherNextToEachOther() {
        assertEquals(List.of("ly_son"), terms(queries.text("Lý Sơn"), ArticleFields.PAIRS));
    }

    @Test
    void anOperatorIsNotAWordOfTheAdjacencyPhrase() {
        assertTrue(terms(queries.text("nhân quyền OR tôn giáo"), ArticleFields.PAIRS).stream().noneMatch(pair -> pair.startsWith("or_") || pair.endsWith("_or")),
                "no 'quyen_or' pair: OR joins, it is not typed text");
    }

    @Test
    void phrasesWithSlopStayPhrases() {
        assertTrue(phrases(queries.text("\"giá lúa tăng\"~1"), ArticleFields.ALL).contains(List.of("gia", "lua", "tang")));
    }

    @Test
    void theHighlighterGetsOnlyTheClausesOnTitleAndTextTogether() {
        Query marked = queries.marked("biển đông");
        assertTrue(phrases(marked, ArticleFields.TITLE).isEmpty());
        assertTrue(phrases(marked, ArticleFields.ALL).contains(List.of("bien", "dong")), "phrases, not pairs: the highlighter marks words");
        assertEquals(Set.of(ArticleFields.ALL), fields(marked));
        assertEquals(Set.of(ArticleFields.ALL), fields(queries.marked("Lý Sơn")));
        assertNull(queries.marked(" "));
    }

    private static List<List<String>> phrases(Query query, String field) {
        List<List<String>> phrases = new ArrayList<>();
        visitTerms(query, (leaf, terms) -> {
            if (leaf instanceof PhraseQuery p && p.getField().equals(field)) {
                phrases.add(Arrays.stream(terms).map(Term::text).toList());
            }
        });
        return phrases;
    }

    private static List<String> terms(Query query, String field) {
        List<String> terms = new ArrayList<>();
        visitTerms(query, (leaf, found) -> Arrays.stream(found).filter(t -> t.field().equals(field)).forEach(t -> terms.add(t.text())));
        return terms;
    }

    private static Set<String> fields(Query query) {
        Set<String> fields = new TreeSet<>();
        visitTerms(query, (leaf, terms) -> Arrays.stream(terms).forEach(t -> fields.add(t.field())));
        return fields;
    }

    private static void visitTerms(Query query, BiConsumer<Query, Term[]> consumer) {
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                consumer.accept(leaf, terms);
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
    }
}
