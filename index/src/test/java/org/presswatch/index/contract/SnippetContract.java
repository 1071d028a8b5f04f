package org.presswatch.index.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.presswatch.index.TestArticles.article;
import static org.presswatch.index.TestArticles.marked;
import static org.presswatch.index.TestArticles.plain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.SearchHit;
import org.presswatch.core.index.SearchPage;
import org.presswatch.index.IndexBackend;
import org.presswatch.index.TestArticles;

/** Snippets are HTML: the article's text escaped, the query's matches in {@code <mark>}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SnippetContract extends BackendContract {
    protected SnippetContract(IndexBackend backend) {
        super(backend);
    }

    private static final String NAVY_TEXT = "Sáng nay, tàu hải quân rời cảng Cam Ranh. Đoàn công tác thăm quần đảo Trường Sa "
            + "và tặng quà chiến sĩ. Chuyến đi kéo dài mười ngày.";
    private static final String EN_TEXT = "Officials met in Hanoi. Tensions rose in the South China Sea after a standoff. "
            + "Talks resume next week.";
    private static final String HOSTILE_TEXT = "Bình luận <script>alert(1)</script> của độc giả \"ẩn danh\" về 'tin giả' "
            + "& <img src=x onerror=alert(2)> trên mạng xã hội.";
    private static final String LONG_OPENING = ("Mở đầu dài <b>đậm</b> & \"trích dẫn\" ").repeat(30)
            + "kết thúc ở đây với từ hiếm zyxwv.";

    private ArticleIndex index;

    @BeforeAll
    void load(@TempDir Path dir) throws IOException {
        index = backend().open(dir);
        backend().load(index,
                article("navy").title("Thăm Trường Sa").text(NAVY_TEXT).build(),
                article("en").title("Standoff at sea").language("en").text(EN_TEXT).build(),
                article("hostile").title("Bình luận độc hại").text(HOSTILE_TEXT).build(),
                article("long").title("Bài dài chuyên đề").text(LONG_OPENING).build(),
                article("title-only").title("Chỉ có tiêu đề về san hô").text("").build(),
                article("deep").title("Tin sâu").text("Câu đầu tiên không liên quan. ".repeat(200)
                        + "Ở cuối bài mới nhắc đến rạn san hô Len Đao. " + "Câu cuối không liên quan. ".repeat(50)).build());
    }

    @AfterAll
    void close() throws IOException {
        backend().discard(index);
    }

    private SearchHit only(ArticleQuery query) throws IOException {
        SearchPage page = index.search(query);
        assertEquals(1, page.hits().size(), "exactly one hit for '" + query.text() + "', got " + TestArticles.titles(page));
        return page.hits().get(0);
    }

    private static void assertSafeHtml(String snippet) {
        String outsideMarks = snippet.replace("<mark>", "").replace("</mark>", "");
        assertFalse(outsideMarks.contains("<"), "no raw '<' outside the <mark> tags: " + snippet);
        assertFalse(outsideMarks.contains(">"), "no raw '>' outside the <mark> tags: " + snippet);
        assertFalse(outsideMarks.contains("\""), "no raw double quote: " + snippet);
        assertFalse(outsideMarks.contains("'"), "no raw single quote: " + snippet);
        assertFalse(outsideMarks.replaceAll("&(#[0-9]+|#x[0-9a-fA-F]+|[a-z]+);", "").contains("&"),
                "every '&' starts an entity: " + snippet);
        assertEquals(countOf(snippet, "<mark>"), countOf(snippet, "</mark>"), "balanced <mark> tags: " + snippet);
        assertFalse(snippet.contains("<mark></mark>"), "no empty mark: " + snippet);
    }

    private static int countOf(String s, String what) {
        return s.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @ParameterizedTest(name = "query \"{0}\" marks Trường and Sa as written in the text")
    @ValueSource(strings = {"Trường Sa", "truong sa", "TRƯỜNG SA", "\"trường sa\""})
    void theMatchIsMarkedAsWritten(String query) throws IOException {
        SearchHit hit = only(ArticleQuery.of(query).withLanguages(Set.of("vi")));
        String snippet = hit.snippet();
        assertSafeHtml(snippet);
        List<String> marks = marked(snippet);
        assertTrue(marks.stream().anyMatch(m -> m.contains("Trường Sa")),
                "'Trường Sa' is marked as written in the text: " + snippet);
        // "quần đảo Trường Sa" is in the same synonym group, so the highlighter may mark the longer name
        assertTrue(marks.stream().allMatch(m -> m.equals("Trường Sa") || m.equals("quần đảo Trường Sa")),
                "only the name is marked: " + marks);
        assertTrue(NAVY_TEXT.contains(plain(snippet)), "the unescaped snippet is a passage of the text: " + plain(snippet));
    }

    @Test
    void aSynonymIsMarkedInTheOtherLanguage() throws IOException {
        SearchHit hit = only(ArticleQuery.of("biển đông").withLanguages(Set.of("en")));
        assertEquals("South China Sea", String.join(" ", marked(hit.snippet())).replaceAll("\\s+", " "),
                "the English name is marked: " + hit.snippet());
        assertSafeHtml(hit.snippet());
    }

    @Test
    void excludedWordsAreNotMarked() throws IOException {
        SearchHit hit = only(ArticleQuery.of("hải quân -standoff"));
        List<String> marks = marked(hit.snippet());
        assertTrue(marks.stream().anyMatch(m -> m.contains("hải")), "hải is marked: " + hit.snippet());
        hit = only(ArticleQuery.of("Cam Ranh -\"không liên quan\""));
        assertFalse(marked(hit.snippet()).isEmpty(), "the wanted words are marked: " + hit.snippet());
        assertFalse(String.join(" ", marked(hit.snippet())).contains("liên"), "the excluded words are not: " + hit.snippet());
    }

    @Test
    void articleMarkupAndQuotesComeBackEscaped() throws IOException {
        SearchHit hit = only(ArticleQuery.of("alert"));
        String snippet = hit.snippet();
        assertSafeHtml(snippet);
        assertFalse(snippet.contains("<script"), "the article's script tag is not live: " + snippet);
        assertFalse(snippet.contains("<img"), "the article's img tag is not live: " + snippet);
        assertTrue(snippet.contains("&lt;script&gt;") || snippet.contains("&lt;script"), "the tag is escaped: " + snippet);
        assertEquals(List.of("alert", "alert"), marked(snippet), "both occurrences are marked: " + snippet);
        assertEquals(HOSTILE_TEXT, plain(snippet), "unescaped, the snippet is the text exactly");
    }

    @Test
    void aQueryForMarkupDoesNotInjectMarkup() throws IOException {
        SearchHit hit = only(ArticleQuery.of("script \"ẩn danh\""));
        assertSafeHtml(hit.snippet());
        assertTrue(marked(hit.snippet()).contains("script"), "the word script is marked: " + hit.snippet());
        assertTrue(String.join(" ", marked(hit.snippet())).contains("ẩn"), "ẩn is marked: " + hit.snippet());
    }

    @Test
    void aDeepMatchShowsThePassageAroundIt() throws IOException {
        SearchHit hit = only(ArticleQuery.of("Len Đao"));
        assertSafeHtml(hit.snippet());
        assertEquals("Len Đao", String.join(" ", marked(hit.snippet())), "the match is marked: " + hit.snippet());
        assertTrue(plain(hit.snippet()).contains("rạn san hô"), "the snippet is the passage of the match: " + hit.snippet());
        assertTrue(hit.snippet().length() < 1000, "the snippet is a passage, not the whole text: " + hit.snippet().length());
    }

    @Test
    void aTitleOnlyMatchGetsTheOpeningEscaped() throws IOException {
        SearchHit hit = only(ArticleQuery.of("title:(chuyên đề)"));
        String snippet = hit.snippet();
        assertSafeHtml(snippet);
        assertFalse(snippet.contains("<mark>"), "nothing to mark in the text: " + snippet);
        assertFalse(snippet.isBlank(), "the opening of the text");
        assertTrue(collapse(LONG_OPENING).startsWith(collapse(plain(snippet)).replaceAll(" …$", "")),
                "the snippet is the text's opening: " + snippet);
        assertTrue(snippet.contains("&lt;b&gt;"), "the article's markup is escaped: " + snippet);
        assertTrue(plain(snippet).startsWith("Mở đầu dài <b>đậm</b> & \"trích dẫn\""), "the opening: " + plain(snippet));
    }

    @Test
    void matchAllGetsEveryArticlesOpeningEscaped() throws IOException {
        SearchPage page = index.search(ArticleQuery.of("").withPage(0, 100));
        assertEquals(6, page.hits().size(), "every article");
        for (SearchHit hit : page.hits()) {
            String text = hit.article().article().text();
            String snippet = hit.snippet();
            assertSafeHtml(snippet);
            assertFalse(snippet.contains("<mark>"), "no query, nothing marked: " + snippet);
            String opening = plain(snippet).replaceAll(" …$", "");
            assertTrue(collapse(text).startsWith(opening),
                    "the snippet of '" + hit.article().article().title() + "' is its text's opening: " + snippet);
            assertTrue(opening.length() <= 240, "an opening is at most 240 characters, was " + opening.length());
        }
    }

    @Test
    void aLongOpeningIsCutAtAWordBoundary() throws IOException {
        SearchHit hit = index.search(ArticleQuery.of("").withSources(Set.of("baobiendao")).withPage(0, 100)).hits().stream()
                .filter(h -> h.article().article().title().equals("Bài dài chuyên đề")).findFirst().orElseThrow();
        String plain = plain(hit.snippet());
        assertTrue(plain.endsWith(" …"), "a cut opening ends with an ellipsis: " + plain);
        String cut = plain.substring(0, plain.length() - 2);
        assertTrue(LONG_OPENING.startsWith(cut), "the cut opening is a prefix of the text: " + cut);
        assertEquals(' ', LONG_OPENING.charAt(cut.length()), "cut at a word boundary: '" + cut + "'");
        assertFalse(plain.contains("zyxwv"), "the end of the text is not in the opening");
    }

    @Test
    void anArticleWithoutTextHasAnEmptySnippet() throws IOException {
        SearchHit hit = only(ArticleQuery.of("tiêu đề san hô"));
        assertEquals("", hit.snippet(), "nothing to show for an article with only a title");
    }

    @Test
    void everyTextQuerySnippetIsSafe() throws IOException {
        for (String q : List.of("tin", "alert OR hải", "script", "\"trích dẫn\"", "b", "img", "src", "x", "amp", "lt")) {
            for (SearchHit hit : index.search(ArticleQuery.of(q).withPage(0, 100)).hits()) {
                assertSafeHtml(hit.snippet());
            }
        }
    }
}
