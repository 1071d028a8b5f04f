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
 * What the text query costs at scale: each phrase evaluated once, and the highlighter given only
 * what it marks. (How the results rank is the contract tests' business.)
 */
class ArticleQueriesCostTest {
    private final ArticleQueries queries = new ArticleQueries(Analyzers.query(), Analyzers.exact());

    @Test
    void aSynonymGroupsPhrasesAreEvaluatedOnce() {
        // "biển đông" is required as the phrases of its group; the adjacency bonus would be the same phrases again
        assertEquals(1, phrases(queries.text("biển đông"), ArticleFields.ALL).stream()
                .filter(p -> p.equals(List.of("bien", "dong"))).count());
    }

    @Test
    void wordsOutsideAGroupStillRankHigherNextToEachOther() {
        assertEquals(List.of(List.of("ly", "son")), phrases(queries.text("Lý Sơn"), ArticleFields.ALL));
    }

    @Test
    void theHighlighterGetsOnlyTheClausesOnTitleAndTextTogether() {
        Query marked = queries.marked("biển đông");
        assertTrue(phrases(marked, ArticleFields.TITLE).isEmpty());
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
