package org.presswatch.index.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The part of a parsed query that matches the query's own words: the same query with the
 * alternatives the synonym groups added left out ("biển đông" without "south china sea", "mer
 * de chine meridionale" and "南海"). An article that matches it has the words the officer typed;
 * one that matches only the whole query has them in another language.
 *
 * <p>A word, phrase or synonym is the query's own when every word of it is one of the query's
 * folded words. Exclusions and filters stay as they are; wildcard, fuzzy, range and
 * regular-expression words are the query's own by nature.
 */
final class OwnWords {
    private OwnWords() {}

    /**
     * @param words the query text's folded words
     * @return null when nothing of the query is in its own words (a required part of it only
     *     matches through a synonym)
     */
    static Query only(Query query, Set<String> words) {
        if (query instanceof BooleanQuery bool) {
            return booleanOnly(bool, words);
        }
        if (query instanceof BoostQuery boost) {
            Query inner = only(boost.getQuery(), words);
            return inner == null ? null : new BoostQuery(inner, boost.getBoost());
        }
        if (query instanceof TermQuery term) {
            return words.contains(term.getTerm().text()) ? query : null;
        }
        if (query instanceof PhraseQuery phrase) {
            return allOwn(List.of(phrase.getTerms()), words) ? query : null;
        }
        if (query instanceof SynonymQuery synonyms) {
            return synonymsOnly(synonyms, words);
        }
        if (query instanceof MultiPhraseQuery phrase) {
            return multiPhraseOnly(phrase, words);
        }
        return query;
    }

    private static Query booleanOnly(BooleanQuery bool, Set<String> words) {
        BooleanQuery.Builder own = new BooleanQuery.Builder();
        int positive = 0;
        for (BooleanClause clause : bool.clauses()) {
            if (clause.isProhibited() || clause.getOccur() == BooleanClause.Occur.FILTER) {
                own.add(clause);
                continue;
            }
            Query kept = only(clause.getQuery(), words);
            if (kept == null && clause.isRequired()) {
                return null;
            }
            if (kept != null) {
                own.add(kept, clause.getOccur());
                positive++;
            }
        }
        return positive == 0 ? null : own.setMinimumNumberShouldMatch(Math.min(bool.getMinimumNumberShouldMatch(), positive)).build();
    }

    private static Query synonymsOnly(SynonymQuery synonyms, Set<String> words) {
        List<Term> own = synonyms.getTerms().stream().filter(t -> words.contains(t.text())).toList();
        if (own.size() <= 1) {
            return own.isEmpty() ? null : new TermQuery(own.get(0));
        }
        SynonymQuery.Builder kept = new SynonymQuery.Builder(synonyms.getField());
        own.forEach(kept::addTerm);
        return kept.build();
    }

    private static Query multiPhraseOnly(MultiPhraseQuery phrase, Set<String> words) {
        MultiPhraseQuery.Builder own = new MultiPhraseQuery.Builder().setSlop(phrase.getSlop());
        Term[][] alternatives = phrase.getTermArrays();
        for (int i = 0; i < alternatives.length; i++) {
            List<Term> kept = new ArrayList<>();
            for (Term t : alternatives[i]) {
                if (words.contains(t.text())) {
                    kept.add(t);
                }
            }
            if (kept.isEmpty()) {
                return null;
            }
            own.add(kept.toArray(Term[]::new), phrase.getPositions()[i]);
        }
        return own.build();
    }

    private static boolean allOwn(List<Term> terms, Set<String> words) {
        return terms.stream().allMatch(t -> words.contains(t.text()));
    }
}
