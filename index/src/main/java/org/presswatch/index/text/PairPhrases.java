package org.presswatch.index.text;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Rewrites the exact phrases on title and text together into lookups of the {@link
 * ArticleFields#PAIRS} field: "bien dong" becomes the term {@code bien_dong}, and a longer phrase
 * a phrase of its pairs. They match the same articles (a pair is two words in a row), but the
 * positions of "bien" and "dong", which are in most Vietnamese articles, are no longer checked
 * one by one. Phrases with slop, with a gap, or on another field are left as they are.
 */
final class PairPhrases {
    private PairPhrases() {}

    static Query rewrite(Query query) {
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder rewritten = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            for (BooleanClause clause : bool.clauses()) {
                rewritten.add(rewrite(clause.getQuery()), clause.getOccur());
            }
            return rewritten.build();
        }
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(rewrite(boost.getQuery()), boost.getBoost());
        }
        if (query instanceof PhraseQuery phrase && pairable(phrase)) {
            Term[] words = phrase.getTerms();
            if (words.length == 2) {
                return new TermQuery(pair(words[0], words[1]));
            }
            PhraseQuery.Builder pairs = new PhraseQuery.Builder();
            for (int i = 0; i + 1 < words.length; i++) {
                pairs.add(pair(words[i], words[i + 1]), i);
            }
            return pairs.build();
        }
        return query;
    }

    private static boolean pairable(PhraseQuery phrase) {
        int[] positions = phrase.getPositions();
        if (!phrase.getField().equals(ArticleFields.ALL) || phrase.getSlop() != 0 || positions.length < 2) {
            return false;
        }
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] != positions[i - 1] + 1) {
                return false;
            }
        }
        return true;
    }

    private static Term pair(Term first, Term second) {
        return new Term(ArticleFields.PAIRS, first.text() + ArticleFields.PAIR_JOINER + second.text());
    }
}
