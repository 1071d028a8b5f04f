package org.presswatch.index.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.FloatPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.InvalidQueryException;

/**
 * Turns an {@link ArticleQuery} into a Lucene query: the text through the classic query parser
 * (words, "phrases", AND/OR/NOT, +/-, field prefixes title: and text:), all words required by
 * default, matched against title and text together; each filter as a non-scoring clause. The text
 * is read leniently: a stray quote, bracket or operator is read as the officer evidently meant it
 * ({@link LenientQueryText}); only a text too long to search is refused.
 *
 * <p>The words as typed rank first. An article with the query's own words ranks above every
 * article found only through their synonyms in other languages ({@link OwnWords}); when the
 * officer typed diacritics, an article with the words as typed, diacritics included, ranks above
 * the other articles with them. Both are constant bonuses that BM25 cannot outweigh. Within
 * those, BM25 ranks: a match in the title, the words found next to each other as typed
 * (Vietnamese names are several syllables: "Lý Sơn" should come before an article that has "quản
 * lý" and "Lạng Sơn"), and the words found with the query's own diacritics rank higher.
 *
 * <p>Exact phrases on title and text together are looked up as word pairs ({@link PairPhrases}).
 * The Lucene backend runs the query as it is; the Elasticsearch backend translates it. Not
 * thread-safe (the query parser is not); make one per search.
 */
public final class ArticleQueries {
    private static final float TITLE_BOOST = 2.0f;
    private static final float ADJACENT_BOOST = 3.0f;
    /** Words found with the query's own diacritics: "bàn" above "bạn" for the query "bàn". */
    private static final float EXACT_BOOST = 1.5f;
    /**
     * An article with the query's own words, not only their synonyms in another language ("biển
     * đông", not only "South China Sea"), ranks above every article without them, whatever
     * their BM25 scores: a term's BM25 score is at most its boost times its IDF, which stays under
     * 15 even among millions of articles, so a thousand outweighs what the words of a typed query
     * add up to.
     */
    private static final float OWN_WORDS_BONUS = 1000;
    /**
     * And an article with them as typed, diacritics included, above every other article with them
     * ("nhân quyền", human rights, above "chứng nhận quyền", certified rights), when the officer
     * typed diacritics; a query typed without them says nothing about which were meant.
     */
    private static final float DIACRITICS_BONUS = 1000;
    /**
     * A pasted paragraph is not typed with care for its diacritics or its words, and the clauses
     * that rank what was typed would double its clauses.
     */
    private static final int TYPED_MAX_CHARS = 200;
    /**
     * Far more text than the words one search may hold (1,024 clauses); the parser takes seconds
     * over a text of tens of thousands of characters, only to refuse it.
     */
    private static final int MAX_CHARS = 10_000;

    /**
     * Words only, no query syntax: such a query can also be tried as one phrase. AND, OR and NOT
     * between words are operators, not words a phrase could hold.
     */
    private static final Pattern PLAIN_WORDS = Pattern.compile(
            "(?!(?:.*\\s)?(?:AND|OR|NOT)(?:\\s|$))[\\p{L}\\p{M}\\p{N}'’.-]+(\\s+[\\p{L}\\p{M}\\p{N}'’.-]+)+");

    private final QueryParser all;
    private final QueryParser title;
    private final QueryParser exact;
    private final QueryParser exactAll;
    private String parsedText;
    private TextClauses parsed;

    public ArticleQueries(Analyzer queryAnalyzer, Analyzer exactAnalyzer) {
        all = parser(ArticleFields.ALL, queryAnalyzer);
        title = parser(ArticleFields.TITLE, queryAnalyzer);
        exact = parser(ArticleFields.EXACT, exactAnalyzer);
        // the exact words are a bonus: a query word missing in its exact form must not exclude the article
        exact.setDefaultOperator(QueryParser.Operator.OR);
        exactAll = parser(ArticleFields.EXACT, exactAnalyzer);
    }

    private static QueryParser parser(String field, Analyzer analyzer) {
        QueryParser parser = new QueryParser(field, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(false);
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        return parser;
    }

    public Query build(ArticleQuery query) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(text(query.text()), BooleanClause.Occur.MUST);
        filter(q, ArticleFields.PROVINCE, query.provinces());
        if (query.minTopicScore() == null) {
            filter(q, ArticleFields.TOPIC, query.topics());
        } else if (!query.topics().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String topic : query.topics()) {
                any.add(FloatPoint.newRangeQuery(ArticleFields.TOPIC_SCORE + topic, query.minTopicScore().floatValue(), Float.POSITIVE_INFINITY),
                        BooleanClause.Occur.SHOULD);
            }
            q.add(any.build(), BooleanClause.Occur.FILTER);
        }
        filter(q, ArticleFields.LANGUAGE, query.languages());
        filter(q, ArticleFields.SOURCE, query.sources());
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochMilli();
            long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochMilli() - 1;
            q.add(LongPoint.newRangeQuery(ArticleFields.PUBLISHED, from, to), BooleanClause.Occur.FILTER);
        }
        if (query.minRisk() > 0) {
            q.add(FloatPoint.newRangeQuery(ArticleFields.RISK, (float) query.minRisk(), Float.POSITIVE_INFINITY), BooleanClause.Occur.FILTER);
        }
        return q.build();
    }

    /**
     * The query's text alone, without its filters: what a match must contain and what ranks it.
     *
     * @throws InvalidQueryException when the text has too many words to search
     */
    public Query text(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        TextClauses c = clauses(text);
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(PairPhrases.rewrite(c.required()), BooleanClause.Occur.MUST)
                .add(new BoostQuery(c.title(), TITLE_BOOST), BooleanClause.Occur.SHOULD);
        if (c.adjacent() != null) {
            q.add(new BoostQuery(PairPhrases.rewrite(c.adjacent()), ADJACENT_BOOST), BooleanClause.Occur.SHOULD);
        }
        if (c.exact() != null) {
            q.add(new BoostQuery(c.exact(), EXACT_BOOST), BooleanClause.Occur.SHOULD);
        }
        c.asTyped().forEach(bonus -> q.add(bonus, BooleanClause.Occur.SHOULD));
        return q.build();
    }

    /**
     * What to mark in an article's text for the query's text: the part of {@link #text} on title
     * and text together, its phrases as phrases (the highlighter finds words, not pairs). The title and exact-words clauses only rank (their words are those of
     * the rest), and a highlighter given them would spend half its time on fields it does not mark.
     *
     * @return null for a blank text, which marks nothing
     * @throws InvalidQueryException when the text has too many words to search
     */
    public Query marked(String text) {
        if (text.isBlank()) {
            return null;
        }
        TextClauses c = clauses(text);
        if (c.adjacent() == null) {
            return c.required();
        }
        return new BooleanQuery.Builder()
                .add(c.required(), BooleanClause.Occur.MUST)
                .add(c.adjacent(), BooleanClause.Occur.SHOULD)
                .build();
    }

    /**
     * @param adjacent null when the text is not plain words, or when its phrase is the required
     *     clause already
     * @param exact null when the text is too long for its diacritics to be typed with care
     * @param asTyped the bonuses for the words as typed, in {@link #asTyped}
     */
    private record TextClauses(Query required, Query title, Query adjacent, Query exact, List<Query> asTyped) {}

    private static final TextClauses NOTHING = new TextClauses(new MatchNoDocsQuery(), new MatchNoDocsQuery(), null, null, List.of());

    /** Reads the text once for the search and for the highlighter: both ask for the same text. */
    private TextClauses clauses(String text) {
        if (!text.equals(parsedText)) {
            parsed = parse(text);
            parsedText = text;
        }
        return parsed;
    }

    /**
     * Reads the text as typed, else repaired, else as its plain words ({@link LenientQueryText}):
     * a stray quote or bracket is a slip, and the officer still means the words.
     */
    private TextClauses parse(String text) {
        if (text.length() > MAX_CHARS) {
            throw tooManyTerms(null);
        }
        Exception unread = null;
        for (String reading : LenientQueryText.of(text).readings()) {
            if (reading.isBlank()) {
                // only signs ("(", "-", ":"): no word to find
                return NOTHING;
            }
            try {
                return parseReading(reading);
            } catch (ParseException | RuntimeException e) {
                // the parser reports too many clauses as a parse error of its own
                if (e instanceof IndexSearcher.TooManyClauses || e.getCause() instanceof IndexSearcher.TooManyClauses) {
                    throw tooManyTerms(e);
                }
                // not parsed, or a regular expression refused or too complex to run: the next reading is more lenient
                unread = e;
            }
        }
        // the plain words always parse: what refuses them is their number (the synonyms of a pasted page, say)
        throw tooManyTerms(unread);
    }

    /**
     * The query's text has more words and expansions than one search may hold.
     *
     * @param cause the engine's refusal; null when the text is refused for its length alone
     */
    public static InvalidQueryException tooManyTerms(Exception cause) {
        return new InvalidQueryException("the query has too many words and expansions; make it shorter", cause);
    }

    private TextClauses parseReading(String text) throws ParseException {
        Query required = all.parse(text);
        boolean plain = PLAIN_WORDS.matcher(text).matches();
        Query adjacent = plain ? all.parse('"' + text + '"') : null;
        if (adjacent != null && adjacent.equals(soleClause(required))) {
            // the words are a synonym group, which the parser already requires as phrases: the
            // same phrases again as a bonus would score every match a second time only to add
            // a multiple of the same score, which a boost on the required clause adds for free
            required = new BoostQuery(adjacent, 1 + ADJACENT_BOOST);
            adjacent = null;
        }
        boolean typed = text.length() <= TYPED_MAX_CHARS;
        return new TextClauses(required, title.parse(text), adjacent, typed ? exact.parse(text) : null,
                typed ? asTyped(required, text, plain) : List.of());
    }

    /**
     * The constant bonuses that rank the words as typed first: {@link #OWN_WORDS_BONUS} when a
     * synonym group expanded them, {@link #DIACRITICS_BONUS} when they were typed with diacritics
     * (plain words then count as typed only in a row: "Lý Sơn" is not "quản lý" and "Lạng Sơn").
     */
    private List<Query> asTyped(Query required, String text, boolean plain) throws ParseException {
        ArticleWords words = ArticleWords.of("", text);
        Query own = OwnWords.only(required, Set.copyOf(words.allFolded()));
        List<Query> bonuses = new ArrayList<>(2);
        if (own != null && !own.equals(required)) {
            bonuses.add(constant(PairPhrases.rewrite(own), OWN_WORDS_BONUS));
        }
        if (!words.allExact().equals(words.allFolded())) {
            bonuses.add(constant(exactAll.parse(plain ? '"' + text + '"' : text), DIACRITICS_BONUS));
        }
        return bonuses;
    }

    private static Query constant(Query query, float score) {
        return new BoostQuery(new ConstantScoreQuery(query), score);
    }

    /** The one required clause the parser wraps a query in when there is one: it matches and scores the same. */
    private static Query soleClause(Query query) {
        if (query instanceof BooleanQuery bool && bool.clauses().size() == 1 && bool.getMinimumNumberShouldMatch() == 0
                && bool.clauses().get(0).getOccur() == BooleanClause.Occur.MUST) {
            return bool.clauses().get(0).getQuery();
        }
        return query;
    }

    private static void filter(BooleanQuery.Builder q, String field, Set<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
        q.add(any.build(), BooleanClause.Occur.FILTER);
    }

}
