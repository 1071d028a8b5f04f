package org.presswatch.index.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.presswatch.index.TestArticles.BASE;
import static org.presswatch.index.TestArticles.article;
import static org.presswatch.index.TestArticles.titleSet;
import static org.presswatch.index.TestArticles.titles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.InvalidQueryException;
import org.presswatch.core.index.SearchHit;
import org.presswatch.core.index.SearchPage;
import org.presswatch.core.testing.Randomness;
import org.presswatch.index.IndexBackend;
import org.presswatch.index.RandomQueryText;

/**
 * The query language: words, phrases, boolean operators, field prefixes; stray syntax read as the
 * officer meant it, and the one refusal, a text too long to search.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class QuerySyntaxContract extends BackendContract {
    protected QuerySyntaxContract(IndexBackend backend) {
        super(backend);
    }

    // Titles double as names in assertions. Published times give a known newest-first order:
    // FISHING (newest), NAVY, TYPHOON, TITLE_ONLY, UNDATED (fetched at BASE-5d, no published), OLD_NAVY.
    private static final String FISHING = "Ngư dân Quảng Ngãi trúng mùa cá ngừ";
    private static final String NAVY = "Hải quân tuần tra quần đảo Trường Sa";
    private static final String TYPHOON = "Bão số 3 gây mưa lớn";
    private static final String TITLE_ONLY = "Cá ngừ đại dương";
    private static final String UNDATED = "Tin không ghi ngày";
    private static final String OLD_NAVY = "Trường Sa những năm đầu";

    private ArticleIndex index;

    @BeforeAll
    void load(@TempDir Path dir) throws IOException {
        index = backend().open(dir);
        backend().load(index,
                article("fishing").title(FISHING).published(BASE.plus(Duration.ofDays(2)))
                        .text("Ngư dân ra khơi đánh bắt cá ngừ, trúng mùa lớn nhờ thời tiết thuận lợi.").build(),
                article("navy").title(NAVY).published(BASE.plus(Duration.ofDays(1)))
                        .text("Tàu hải quân tuần tra, ngư dân yên tâm bám biển quanh Trường Sa.").build(),
                article("typhoon").title(TYPHOON).published(BASE)
                        .text("Mưa lớn kéo dài; tàu cá được kêu gọi vào bờ tránh bão.").build(),
                article("title-only").title(TITLE_ONLY).published(BASE.minus(Duration.ofDays(1)))
                        .text("Giá tại cảng tăng mạnh mấy hôm nay.").build(),
                article("undated").title(UNDATED).published(null).fetched(BASE.minus(Duration.ofDays(5)))
                        .text("Hội thảo về gìn giữ rạn san hô.").build(),
                article("old-navy").title(OLD_NAVY).published(BASE.minus(Duration.ofDays(3650)))
                        .text("Ký ức của những người lính giữ đảo, hải quân thời xưa.").build());
    }

    @AfterAll
    void close() throws IOException {
        backend().discard(index);
    }

    private Set<String> found(String query) throws IOException {
        return titleSet(index.search(ArticleQuery.of(query)));
    }

    @Test
    void wordsAreAllRequiredByDefault() throws IOException {
        assertEquals(Set.of(FISHING, TITLE_ONLY), found("cá ngừ"), "'cá ngừ' matches text or title");
        assertEquals(Set.of(FISHING), found("cá ngừ khơi"), "every word is required");
        assertEquals(Set.of(), found("cá ngừ bão"), "no article has all three words");
    }

    @Test
    void quotesMakeAPhrase() throws IOException {
        assertEquals(Set.of(NAVY), found("\"tuần tra quần đảo\""), "the exact phrase");
        assertEquals(Set.of(), found("\"Sa Trường\""), "the words of a phrase must be in order");
        assertEquals(Set.of(FISHING, TITLE_ONLY, TYPHOON, NAVY), found("ngừ OR \"tàu cá\" OR \"tuần tra\""),
                "phrases combine with OR");
        assertEquals(Set.of(NAVY), found("\"tàu hải quân\""), "a phrase spanning words in the text");
        assertEquals(Set.of(), found("\"hải quân tàu\""), "the same words out of order are not the phrase");
    }

    @Test
    void booleanOperators() throws IOException {
        assertEquals(Set.of(FISHING, TYPHOON), found("khơi OR bão"), "OR");
        assertEquals(Set.of(NAVY, OLD_NAVY, TYPHOON), found("\"hải quân\" OR bão"), "OR between a phrase and a word");
        assertEquals(Set.of(NAVY, OLD_NAVY, TYPHOON), found("(hải quân) OR bão"), "OR between a group and a word");
        assertEquals(Set.of(FISHING, TYPHOON), found("khơi || bão"), "|| is OR");
        assertEquals(Set.of(NAVY), found("hải quân AND tuần tra"), "AND");
        assertEquals(Set.of(NAVY), found("hải quân && tuần tra"), "&&");
        assertEquals(Set.of(OLD_NAVY), found("hải quân NOT tuần"), "NOT");
        assertEquals(Set.of(OLD_NAVY), found("hải quân -tuần"), "-exclusion");
        assertEquals(Set.of(OLD_NAVY), found("hải quân !tuần"), "! is NOT");
        assertEquals(Set.of(NAVY, OLD_NAVY), found("(\"hải quân\" OR bão) -mưa"), "grouping with exclusion");
        assertEquals(Set.of(TYPHOON), found("(\"hải quân\" OR bão) AND NOT (\"hải quân\")"), "AND NOT a group");
        assertEquals(Set.of(FISHING, NAVY), found("+ngư +dân"), "+ requires a word");
        assertEquals(Set.of(FISHING), found("ngư dân -\"Trường Sa\""), "excluding a phrase (and its synonyms)");
    }

    @Test
    void operatorsAreOnlyOperatorsInUpperCase() throws IOException {
        assertEquals(Set.of(), found("hải quân or bão"),
                "a lower-case 'or' is an ordinary word, required like the others");
    }

    @Test
    void fieldPrefixesRestrictToTitleOrText() throws IOException {
        assertEquals(Set.of(TITLE_ONLY, FISHING), found("title:\"cá ngừ\""), "both have 'cá ngừ' in the title");
        assertEquals(Set.of(FISHING), found("text:\"cá ngừ\""), "only one has 'cá ngừ' in the text");
        assertEquals(Set.of(NAVY, OLD_NAVY), found("title:(Trường Sa)"), "a grouped title prefix");
        assertEquals(Set.of(NAVY), found("title:hải text:ngư"), "two prefixes combine with AND");
        assertEquals(Set.of(), found("title:bão title:khơi"), "both words in the title");
    }

    @Test
    void aTitleMatchRanksAboveATextMatch() throws IOException {
        SearchPage page = index.search(ArticleQuery.of("bão"));
        assertEquals(List.of(TYPHOON), titles(page), "only one article mentions bão");
        SearchPage navy = index.search(ArticleQuery.of("hải quân"));
        assertEquals(2, navy.total(), "both navy articles");
        assertEquals(NAVY, titles(navy).get(0), "the article with 'hải quân' in its title ranks first");

        SearchPage tuna = index.search(ArticleQuery.of("cá ngừ"));
        assertEquals(2, tuna.total(), "two articles mention cá ngừ");
        double previous = Double.POSITIVE_INFINITY;
        for (SearchHit hit : tuna.hits()) {
            assertTrue(hit.score() > 0, "a text query gives every hit a positive relevance score, got " + hit.score()
                    + " for " + hit.article().article().title());
            assertTrue(hit.score() <= previous, "hits are in descending score order");
            previous = hit.score();
        }
    }

    @ParameterizedTest(name = "blank text \"{0}\" matches all, newest first")
    @ValueSource(strings = {"", "   ", "\t\n"})
    void blankTextMatchesAllNewestFirst(String text) throws IOException {
        SearchPage page = index.search(ArticleQuery.of(text));
        assertEquals(6, page.total(), "every article");
        assertEquals(List.of(FISHING, NAVY, TYPHOON, TITLE_ONLY, UNDATED, OLD_NAVY), titles(page),
                "newest first; an article without a publication time sorts by when it was fetched");
    }

    @Test
    void nullTextIsBlank() throws IOException {
        SearchPage page = index.search(ArticleQuery.of(null));
        assertEquals(6, page.total(), "a null text matches every article");
    }

    @ParameterizedTest(name = "prefix query \"{0}\"")
    @ValueSource(strings = {"trườ*", "truo*", "TRUONG*", "Trườ*"})
    void prefixQueriesAreFoldedLikeWords(String query) throws IOException {
        assertEquals(Set.of(NAVY, OLD_NAVY), found(query),
                "a prefix query is folded (case, diacritics) like the indexed words: " + query);
    }

    static Stream<Arguments> straySyntax() {
        Set<String> navies = Set.of(NAVY, OLD_NAVY);
        return Stream.of(
                Arguments.of("\"Trường Sa", navies, "an open quote runs to the end"),
                Arguments.of("\"tuần tra quần đảo", Set.of(NAVY), "an open quote makes the rest a phrase"),
                Arguments.of("(hải quân", navies, "an open bracket closes at the end"),
                Arguments.of("hải quân)", navies, "a closing bracket that closes nothing"),
                Arguments.of("(hải quân))", navies, "one closing bracket too many"),
                Arguments.of("hải quân ()", navies, "an empty group"),
                Arguments.of("hải quân AND", navies, "a trailing AND"),
                Arguments.of("AND hải quân", navies, "a leading AND"),
                Arguments.of("hải quân OR", navies, "a trailing OR"),
                Arguments.of("hải quân AND OR tuần", Set.of(NAVY), "two operators in a row"),
                Arguments.of("hải quân -", navies, "a lone -"),
                Arguments.of("hải quân NOT", navies, "a trailing NOT"),
                Arguments.of("hải quân [", navies, "a lone ["),
                Arguments.of("hải quân ]", navies, "a lone ]"),
                Arguments.of("[hải quân", navies, "a range that never closes"),
                Arguments.of(":hải quân", navies, "a colon without a field"),
                Arguments.of("hải quân title:", navies, "a field prefix without a value"),
                Arguments.of("title:(hải quân", Set.of(NAVY), "a field prefix on an open group"),
                Arguments.of("Trường Sa: hải quân", navies, "a colon after a word that names no field is punctuation"),
                Arguments.of("*quân hải", navies, "a leading wildcard"),
                Arguments.of("bão^", Set.of(TYPHOON), "a boost without a number"),
                Arguments.of("hải quân \\", navies, "a backslash at the end"),
                Arguments.of("hải/quân", navies, "a slash between words"),
                Arguments.of("hải\u0000 quân\u0007", navies, "control characters"));
    }

    @ParameterizedTest(name = "{2}: {0}")
    @MethodSource("straySyntax")
    void straySyntaxIsReadAsTheOfficerMeantIt(String text, Set<String> expected, String what) throws IOException {
        assertEquals(new TreeSet<>(expected), found(text), what + ": " + text);
    }

    @Test
    void randomSyntaxIsReadOrRefusedReadably() {
        Randomness.run("randomSyntaxIsReadOrRefusedReadably", random -> assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (int i = 0; i < Randomness.iterations(300); i++) {
                String text = RandomQueryText.next(random);
                try {
                    index.search(ArticleQuery.of(text));
                } catch (InvalidQueryException e) {
                    RandomQueryText.assertReadable(e, text);
                } catch (RuntimeException e) {
                    throw new AssertionError("searching " + RandomQueryText.shown(text) + " failed", e);
                }
            }
        }, "searching random texts hangs"));
    }

    @Test
    void aPastedParagraphIsSearchableOrRejectedReadably() throws IOException {
        // officers paste a suspicious post whole; hundreds of words must not end in an internal error
        StringBuilder paragraph = new StringBuilder("Ngư dân ra khơi");
        for (int i = 0; i < 400; i++) {
            paragraph.append(" từ").append(i);
        }
        try {
            SearchPage page = index.search(ArticleQuery.of(paragraph.toString()));
            assertEquals(0, page.total(), "no article has all 400 made-up words");
        } catch (InvalidQueryException e) {
            assertTrue(e.getMessage().contains("too many"), "a too-long query is rejected as invalid, readably: " + e.getMessage());
        }
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            huge.append(" w").append(i);
        }
        huge.append(" \u0007\n");
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> index.search(ArticleQuery.of(huge.toString())),
                "2000 words exceed any clause limit");
        RandomQueryText.assertReadable(e, huge.toString());
        assertFalse(e.getMessage().contains("w1999"), "the message does not repeat the query: " + e.getMessage());
    }

    @ParameterizedTest(name = "text without words \"{0}\" matches nothing")
    @ValueSource(strings = {"…", ",", ".", "“”", "\\!", "«»", "\"", "(", ")", "(((", "-", "- -", "!", "+", ":", "*", "?", "AND", "OR",
            "NOT", "title:", "title:(", "[", "]", "{", "\\", "/", "/[/", "^", "~", "&&", "\u0000"})
    void textWithoutWordsMatchesNothing(String text) throws IOException {
        SearchPage page = index.search(ArticleQuery.of(text));
        assertEquals(0, page.total(), "no word to match in '" + text + "'");
        assertEquals(List.of(), page.hits(), "hits for '" + text + "'");
    }

    @Test
    void escapedSpecialCharactersAreWords() throws IOException {
        assertEquals(Set.of(TYPHOON), found("bão số 3 \\:"), "an escaped colon is not a field prefix (and is no word)");
        assertEquals(Set.of(NAVY, OLD_NAVY), found("Trường\\ Sa"), "an escaped space inside a term");
    }
}
