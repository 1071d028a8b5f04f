package org.presswatch.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.presswatch.index.TestArticles.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.SearchHit;
import org.presswatch.index.text.Analyzers;

/**
 * The synonym file as data: every term of every group, typed as a query, finds an article
 * written with any other term of its group. And the analyzers themselves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SynonymGroupsTest {
    private final List<List<String>> groups = new ArrayList<>();
    private LuceneArticleIndex index;

    @BeforeAll
    void load(@TempDir Path dir) throws IOException {
        try (InputStream in = Analyzers.class.getResourceAsStream("/org/presswatch/index/query-synonyms.txt")) {
            assertTrue(in != null, "query-synonyms.txt is on the classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> group = new ArrayList<>();
                for (String term : line.split(",")) {
                    group.add(term.strip());
                }
                groups.add(group);
            }
        }
        index = LuceneBackend.openIndex(dir);
        int n = 0;
        for (List<String> group : groups) {
            for (String term : group) {
                // the term inside a sentence, so that matching is not only whole-field
                index.upsert(article("syn-" + n++).title("Tin " + n).text("Bản tin nói về " + term + " hôm nay.").build());
            }
        }
        index.refresh();
    }

    @AfterAll
    void close() throws IOException {
        index.close();
    }

    @Test
    void theFileHasGroups() {
        assertTrue(groups.size() >= 10, "the synonym file has its groups, found " + groups.size());
        for (List<String> group : groups) {
            assertTrue(group.size() >= 2, "a group has at least two terms: " + group);
        }
    }

    @Test
    void everyTermFindsTheWholeGroup() throws IOException {
        List<String> failures = new ArrayList<>();
        for (List<String> group : groups) {
            for (String query : group) {
                Set<String> found = new HashSet<>();
                for (SearchHit hit : index.search(ArticleQuery.of(query).withPage(0, ArticleQuery.MAX_LIMIT)).hits()) {
                    found.add(hit.article().article().text());
                }
                Set<String> missing = new TreeSet<>();
                for (String other : group) {
                    if (!found.contains("Bản tin nói về " + other + " hôm nay.")) {
                        missing.add(other);
                    }
                }
                if (!missing.isEmpty()) {
                    failures.add("'" + query + "' misses " + missing);
                }
            }
        }
        assertEquals(List.of(), failures, "terms that do not find their whole group");
    }

    @Test
    void theFoldingAnalyzerRemovesCaseDiacriticsAndDStroke() throws IOException {
        try (Analyzer folding = Analyzers.folding()) {
            assertEquals(List.of("duong", "truong", "sa", "dac", "biet"), tokens(folding, "Đường TRƯỜNG Sa, đặc biệt!"),
                    "tokens of a Vietnamese phrase");
            assertEquals(List.of("mer", "de", "chine", "meridionale"), tokens(folding, "Mer de Chine méridionale"),
                    "tokens of a French phrase");
            assertEquals(List.of("hanoi"), tokens(folding, "ＨＡＮＯＩ"), "full-width letters are folded to ASCII");
            assertEquals(List.of("南海"), tokens(folding, "南海"), "Chinese is segmented by dictionary");
        }
    }

    @Test
    void theQueryAnalyzerAddsSynonymsButTheFoldingOneDoesNot() throws IOException {
        try (Analyzer query = Analyzers.query(); Analyzer folding = Analyzers.folding()) {
            List<String> expanded = tokens(query, "Biển Đông");
            assertTrue(expanded.containsAll(List.of("bien", "dong", "south", "china", "sea", "南海")),
                    "the query analyzer expands Biển Đông: " + expanded);
            assertEquals(List.of("bien", "dong"), tokens(folding, "Biển Đông"), "indexed text is not expanded");
        }
    }

    @Test
    void multiTermTermsAreNormalizedLikeIndexedWords() {
        try (Analyzer folding = Analyzers.folding(); Analyzer query = Analyzers.query()) {
            assertEquals("truong", folding.normalize("all", "TRƯỜNG").utf8ToString(), "folding analyzer normalizes");
            assertEquals("dao", query.normalize("all", "Đảo").utf8ToString(), "query analyzer normalizes, đ included");
        }
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("all", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term.toString());
            }
            ts.end();
        }
        return tokens;
    }
}
