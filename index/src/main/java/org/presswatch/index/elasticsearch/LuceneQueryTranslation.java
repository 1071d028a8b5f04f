package org.presswatch.index.elasticsearch;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SpanQuery;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.presswatch.core.index.InvalidQueryException;

/**
 * Translates the Lucene query that {@link org.presswatch.index.text.ArticleQueries} reads from an
 * officer's text into the Elasticsearch query DSL, term for term: the words in it are already
 * analyzed, and the pre-analysed fields hold the same words ({@link PreAnalyzedArticles}), so
 * term-level queries find what the Lucene backend finds, scored by the same BM25.
 *
 * <p>Covers every query the parser makes: words, phrases (with slop), boolean clauses, boosts,
 * synonyms, prefix, wildcard, fuzzy, regular-expression and term-range queries. A
 * {@link SynonymQuery} becomes a disjunction (Elasticsearch has no blended form for terms
 * given in advance), so such scores differ slightly; which articles match does not.
 */
final class LuceneQueryTranslation {
    private LuceneQueryTranslation() {}

    static Query translate(org.apache.lucene.search.Query query) {
        return translate(query, 1f);
    }

    private static Query translate(org.apache.lucene.search.Query query, float boost) {
        Float b = boost == 1f ? null : boost;
        if (query instanceof BoostQuery boosted) {
            return translate(boosted.getQuery(), boost * boosted.getBoost());
        }
        if (query instanceof TermQuery t) {
            return Query.of(q -> q.term(x -> x.field(t.getTerm().field()).value(t.getTerm().text()).boost(b)));
        }
        if (query instanceof PhraseQuery p) {
            return phrase(p, b);
        }
        if (query instanceof BooleanQuery bool) {
            // Lucene matches nothing without a positive clause ("…", "-word"); Elasticsearch would match all
            boolean positive = bool.clauses().stream().anyMatch(c -> c.getOccur() != BooleanClause.Occur.MUST_NOT);
            return positive ? Query.of(q -> q.bool(x -> clauses(x, bool).boost(b))) : Query.of(q -> q.matchNone(x -> x));
        }
        if (query instanceof SynonymQuery s) {
            List<Query> terms = s.getTerms().stream()
                    .map(t -> Query.of(q -> q.term(x -> x.field(t.field()).value(t.text())))).toList();
            return Query.of(q -> q.bool(x -> x.should(terms).boost(b)));
        }
        if (query instanceof MultiPhraseQuery m) {
            return multiPhrase(m, b);
        }
        if (query instanceof PrefixQuery p) {
            return Query.of(q -> q.prefix(x -> x.field(p.getField()).value(p.getPrefix().text()).boost(b)));
        }
        if (query instanceof WildcardQuery w) {
            return Query.of(q -> q.wildcard(x -> x.field(w.getField()).value(w.getTerm().text()).boost(b)));
        }
        if (query instanceof FuzzyQuery f) {
            return Query.of(q -> q.fuzzy(x -> x.field(f.getField()).value(f.getTerm().text()).fuzziness(String.valueOf(f.getMaxEdits()))
                    .prefixLength(f.getPrefixLength()).transpositions(f.getTranspositions()).boost(b)));
        }
        if (query instanceof RegexpQuery r) {
            return Query.of(q -> q.regexp(x -> x.field(r.getField()).value(r.getRegexp().text()).boost(b)));
        }
        if (query instanceof TermRangeQuery r) {
            return termRange(r, b);
        }
        if (query instanceof ConstantScoreQuery c) {
            Query inner = translate(c.getQuery());
            return Query.of(q -> q.constantScore(x -> x.filter(inner).boost(b)));
        }
        if (query instanceof MatchAllDocsQuery) {
            return Query.of(q -> q.matchAll(x -> x.boost(b)));
        }
        if (query instanceof MatchNoDocsQuery) {
            return Query.of(q -> q.matchNone(x -> x));
        }
        throw new InvalidQueryException("the part '" + query + "' of the query has no Elasticsearch form; search without it", null);
    }

    private static BoolQuery.Builder clauses(BoolQuery.Builder bool, BooleanQuery query) {
        for (BooleanClause clause : query.clauses()) {
            Query q = translate(clause.getQuery());
            switch (clause.getOccur()) {
                case MUST -> bool.must(q);
                case SHOULD -> bool.should(q);
                case MUST_NOT -> bool.mustNot(q);
                case FILTER -> bool.filter(q);
            }
        }
        if (query.getMinimumNumberShouldMatch() > 0) {
            bool.minimumShouldMatch(String.valueOf(query.getMinimumNumberShouldMatch()));
        }
        return bool;
    }

    /**
     * A phrase as the words in a row; a gap between their positions (none of our analyzers leaves
     * one) widens the slop by its size rather than being lost.
     */
    private static Query phrase(PhraseQuery p, Float boost) {
        Term[] terms = p.getTerms();
        if (terms.length == 0) {
            return Query.of(q -> q.matchNone(x -> x));
        }
        int[] positions = p.getPositions();
        int gaps = positions[positions.length - 1] - positions[0] - (positions.length - 1);
        List<String> words = new ArrayList<>();
        for (Term t : terms) {
            words.add(t.text());
        }
        return Query.of(q -> q.matchPhrase(x -> x.field(p.getField()).query(String.join(" ", words)).analyzer("whitespace")
                .slop(p.getSlop() + gaps).boost(boost)));
    }

    /** A phrase with several words at one position (synonyms inside quotes): spans of alternatives. */
    private static Query multiPhrase(MultiPhraseQuery m, Float boost) {
        Term[][] alternatives = m.getTermArrays();
        if (alternatives.length == 0) {
            return Query.of(q -> q.matchNone(x -> x));
        }
        List<SpanQuery> positions = new ArrayList<>();
        for (Term[] atPosition : alternatives) {
            List<SpanQuery> words = new ArrayList<>();
            for (Term t : atPosition) {
                words.add(SpanQuery.of(s -> s.spanTerm(x -> x.field(t.field()).value(t.text()))));
            }
            positions.add(words.size() == 1 ? words.get(0) : SpanQuery.of(s -> s.spanOr(x -> x.clauses(words))));
        }
        int[] at = m.getPositions();
        int gaps = at[at.length - 1] - at[0] - (at.length - 1);
        return Query.of(q -> q.spanNear(x -> x.clauses(positions).slop(m.getSlop() + gaps).inOrder(true).boost(boost)));
    }

    private static Query termRange(TermRangeQuery r, Float boost) {
        String lower = text(r.getLowerTerm());
        String upper = text(r.getUpperTerm());
        return Query.of(q -> q.range(x -> x.term(t -> {
            t.field(r.getField()).boost(boost);
            if (lower != null) {
                if (r.includesLower()) {
                    t.gte(lower);
                } else {
                    t.gt(lower);
                }
            }
            if (upper != null) {
                if (r.includesUpper()) {
                    t.lte(upper);
                } else {
                    t.lt(upper);
                }
            }
            return t;
        })));
    }

    private static String text(BytesRef term) {
        return term == null ? null : term.utf8ToString();
    }
}
