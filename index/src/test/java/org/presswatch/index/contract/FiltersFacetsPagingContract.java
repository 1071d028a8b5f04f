package org.presswatch.index.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.presswatch.index.TestArticles.BASE;
import static org.presswatch.index.TestArticles.article;
import static org.presswatch.index.TestArticles.titleSet;
import static org.presswatch.index.TestArticles.titles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.FacetCount;
import org.presswatch.core.index.SearchPage;
import org.presswatch.index.IndexBackend;

/** Filters by province, topic, language and source; facet counts; paging. */
public abstract class FiltersFacetsPagingContract extends BackendContract {
    protected FiltersFacetsPagingContract(IndexBackend backend) {
        super(backend);
    }


    /** The facet as value -> count, checking on the way that it is ordered most frequent first. */
    static Map<String, Long> facet(SearchPage page, String dim) {
        List<FacetCount> counts = page.facets().get(dim);
        assertTrue(counts != null, "facet " + dim + " is present in " + page.facets().keySet());
        Map<String, Long> map = new LinkedHashMap<>();
        long previous = Long.MAX_VALUE;
        for (FacetCount c : counts) {
            assertTrue(c.count() > 0, "facet " + dim + " lists only values with matches, got " + c);
            assertTrue(c.count() <= previous, "facet " + dim + " is ordered most frequent first: " + counts);
            previous = c.count();
            assertEquals(null, map.put(c.value(), c.count()), "facet " + dim + " lists " + c.value() + " once: " + counts);
        }
        return map;
    }

    static void assertAllFacetsEmpty(SearchPage page, String situation) {
        assertEquals(Set.copyOf(SearchPage.FACETS), page.facets().keySet(), "facet names " + situation);
        for (String dim : SearchPage.FACETS) {
            assertEquals(List.of(), page.facets().get(dim), "facet " + dim + " " + situation);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Filters {
        // what the analysis listed is filterable, whatever the score (* listed below its usual threshold, - not listed)
        // A: 51 (0.9), 48 (0.3)            sovereignty 0.8, border 0.4 (-)                vi  s1
        // B: 51 (0.24 -), 01               sovereignty 0.49 (-), human_rights 0.5          vi  s2
        // C: 79 (0.25 *)                    religion 0.9                                   en  s3
        // D: no province                    no topic                                       fr  s1
        // E: 48 (1.0), 01 (0.7 -)           border 0.7, sovereignty 0.6, religion 0.8 (-)  zh  s2
        // F: 51 (0.6), 79 (0.6)             ethnicity 0.55                                 en  s1
        private ArticleIndex index;

        @BeforeAll
        void load(@TempDir Path dir) throws IOException {
            index = backend().open(dir);
            backend().load(index,
                    article("A").text("tin biển đảo A").language("vi").source("s1")
                            .province("51", 0.9).province("48", 0.3).topic("sovereignty", 0.8).topic("border", 0.4).build(),
                    article("B").text("tin biển đảo B").language("vi").source("s2")
                            .province("51", 0.24).province("01", 0.5).topic("sovereignty", 0.49).topic("human_rights", 0.5)
                            .build(),
                    article("C").text("news C").language("en").source("s3").province("79", 0.25, true).topic("religion", 0.9).build(),
                    article("D").text("nouvelles D").language("fr").source("s1").build(),
                    article("E").text("新闻 E").language("zh").source("s2")
                            .province("48", 1.0).province("01", 0.7, false).topic("border", 0.7).topic("sovereignty", 0.6)
                            .topic("religion", 0.8, false).build(),
                    article("F").text("news F").language("en").source("s1")
                            .province("51", 0.6).province("79", 0.6).topic("ethnicity", 0.55).build());
        }

        @AfterAll
        void close() throws IOException {
            backend().discard(index);
        }

        private Set<String> found(ArticleQuery query) throws IOException {
            SearchPage page = index.search(query);
            assertEquals(page.hits().size(), page.total(), "all matches fit on the page");
            return titleSet(page);
        }

        @Test
        void byProvince() throws IOException {
            ArticleQuery all = ArticleQuery.of("");
            assertEquals(Set.of("A", "F"), found(all.withProvinces(Set.of("51"))), "51; B's 0.24 is not listed");
            assertEquals(Set.of("A", "E"), found(all.withProvinces(Set.of("48"))), "48; A's 0.3 is enough");
            assertEquals(Set.of("C", "F"), found(all.withProvinces(Set.of("79"))), "79; C's 0.25 is listed");
            assertEquals(Set.of("B", "C", "F"), found(all.withProvinces(Set.of("01", "79"))), "OR within the filter; E's 0.7 for 01 is not listed");
            assertEquals(Set.of(), found(all.withProvinces(Set.of("96"))), "a province no article concerns");
        }

        @Test
        void byTopic() throws IOException {
            ArticleQuery all = ArticleQuery.of("");
            assertEquals(Set.of("A", "E"), found(all.withTopics(Set.of("sovereignty"))), "sovereignty; B's 0.49 is below 0.5");
            assertEquals(Set.of("B"), found(all.withTopics(Set.of("human_rights"))), "a score of exactly 0.5 counts");
            assertEquals(Set.of("E"), found(all.withTopics(Set.of("border"))), "border; A's 0.4 is below 0.5");
            assertEquals(Set.of("C", "F"), found(all.withTopics(Set.of("religion", "ethnicity"))), "OR within the filter");
            assertEquals(Set.of(), found(all.withTopics(Set.of("image"))), "a topic no article scored on");
        }

        @Test
        void byLanguage() throws IOException {
            ArticleQuery all = ArticleQuery.of("");
            assertEquals(Set.of("C", "F"), found(all.withLanguages(Set.of("en"))), "en");
            assertEquals(Set.of("D", "E"), found(all.withLanguages(Set.of("fr", "zh"))), "OR within the filter");
            assertEquals(Set.of(), found(all.withLanguages(Set.of("de"))), "a language no article is in");
            assertEquals(Set.of(), found(all.withLanguages(Set.of("EN"))), "language codes are exact, lower case");
        }

        @Test
        void bySource() throws IOException {
            ArticleQuery all = ArticleQuery.of("");
            assertEquals(Set.of("A", "D", "F"), found(all.withSources(Set.of("s1"))), "s1");
            assertEquals(Set.of("B", "C", "E"), found(all.withSources(Set.of("s2", "s3"))), "OR within the filter");
            assertEquals(Set.of(), found(all.withSources(Set.of("s"))), "source ids are matched exactly, not by prefix");
        }

        @Test
        void filtersCombineWithAnd() throws IOException {
            ArticleQuery all = ArticleQuery.of("");
            assertEquals(Set.of("A"), found(all.withProvinces(Set.of("51")).withTopics(Set.of("sovereignty"))),
                    "province AND topic");
            assertEquals(Set.of(), found(all.withProvinces(Set.of("51")).withTopics(Set.of("sovereignty"))
                    .withLanguages(Set.of("en"))), "province AND topic AND language");
            assertEquals(Set.of("E"), found(all.withProvinces(Set.of("51", "48")).withSources(Set.of("s2"))),
                    "(51 OR 48) AND s2");
            assertEquals(Set.of("F"), found(all.withProvinces(Set.of("79")).withTopics(Set.of("ethnicity", "religion"))
                    .withLanguages(Set.of("en")).withSources(Set.of("s1"))), "all four filters");
            assertEquals(Set.of("F"), found(ArticleQuery.of("news").withProvinces(Set.of("51", "01"))),
                    "text AND province: C and F say news, only F is about 51 or 01");
        }

        @Test
        void textAndFilters() throws IOException {
            assertEquals(Set.of("C", "F"), found(ArticleQuery.of("news")), "precondition: two articles say news");
            assertEquals(Set.of("C"), found(ArticleQuery.of("news").withTopics(Set.of("religion"))), "text AND topic");
            assertEquals(Set.of("A"), found(ArticleQuery.of("biển đảo").withSources(Set.of("s1"))), "text AND source");
        }

        @Test
        void facetsCountEveryMatchNotOnlyThePage() throws IOException {
            SearchPage page = index.search(ArticleQuery.of("").withPage(0, 1));
            assertEquals(6, page.total(), "total");
            assertEquals(1, page.hits().size(), "one hit on the page");
            assertEquals(Set.of("province", "topic", "source", "language"), page.facets().keySet(), "the four facets");
            assertEquals(Map.of("51", 2L, "48", 2L, "79", 2L, "01", 1L), facet(page, "province"),
                    "provinces listed");
            assertEquals(Map.of("sovereignty", 2L, "human_rights", 1L, "religion", 1L, "border", 1L, "ethnicity", 1L),
                    facet(page, "topic"), "topics listed");
            assertEquals(Map.of("s1", 3L, "s2", 2L, "s3", 1L), facet(page, "source"), "sources");
            assertEquals(Map.of("vi", 2L, "en", 2L, "fr", 1L, "zh", 1L), facet(page, "language"), "languages");
            assertEquals("s1", page.facets().get("source").get(0).value(), "the most frequent source comes first");
        }

        @Test
        void facetsFollowTheTextAndTheFilters() throws IOException {
            SearchPage s1 = index.search(ArticleQuery.of("").withSources(Set.of("s1")).withPage(0, 0));
            assertEquals(3, s1.total(), "total of s1");
            assertTrue(s1.hits().isEmpty(), "limit 0 returns no hits");
            assertEquals(Map.of("vi", 1L, "fr", 1L, "en", 1L), facet(s1, "language"), "languages among s1's articles");
            assertEquals(Map.of("51", 2L, "48", 1L, "79", 1L), facet(s1, "province"), "provinces among s1's articles");
            assertEquals(Map.of("s1", 3L), facet(s1, "source"), "a filtered facet lists only the filter's values");

            SearchPage news = index.search(ArticleQuery.of("news"));
            assertEquals(Map.of("en", 2L), facet(news, "language"), "languages among the text matches");
            assertEquals(Map.of("religion", 1L, "ethnicity", 1L), facet(news, "topic"), "topics among the text matches");
        }

        @Test
        void noMatchGivesEmptyFacets() throws IOException {
            SearchPage page = index.search(ArticleQuery.of("khôngcóbàinàonói"));
            assertEquals(0, page.total(), "total");
            assertAllFacetsEmpty(page, "when nothing matches");
        }
    }

    @Test
    void anEmptyIndexHasEmptyFacets(@TempDir Path dir) throws IOException {
        ArticleIndex index = backend().open(dir);
        try {
            assertAllFacetsEmpty(index.search(ArticleQuery.of("")), "on an empty index, match-all");
            assertAllFacetsEmpty(index.search(ArticleQuery.of("biển đông")), "on an empty index, with text");
            assertAllFacetsEmpty(index.search(ArticleQuery.of("").withProvinces(Set.of("01"))), "on an empty index, filtered");
        } finally {
            backend().discard(index);
        }
    }

    @Test
    void aFacetNoArticleHasIsAnEmptyList(@TempDir Path dir) throws IOException {
        ArticleIndex index = backend().open(dir);
        try {
            backend().load(index, article("x").text("không có tỉnh, không có chủ đề").province("01", 0.1)
                    .topic("religion", 0.3).build());
            SearchPage page = index.search(ArticleQuery.of(""));
            assertEquals(1, page.total(), "total");
            assertEquals(List.of(), page.facets().get("province"), "no province listed");
            assertEquals(List.of(), page.facets().get("topic"), "no topic listed");
            assertEquals(List.of(new FacetCount("baobiendao", 1)), page.facets().get("source"), "source");
            assertEquals(List.of(new FacetCount("vi", 1)), page.facets().get("language"), "language");
        } finally {
            backend().discard(index);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Paging {
        private static final int ARTICLES = 25;
        private ArticleIndex index;
        /** Titles newest first. */
        private final List<String> newestFirst = new ArrayList<>();

        @BeforeAll
        void load(@TempDir Path dir) throws IOException {
            index = backend().open(dir);
            for (int i = 0; i < ARTICLES; i++) {
                // odd articles are about province 01, even ones about 79; all say "tin"
                index.upsert(article("p" + i).title(String.format("bài %02d", i)).text("tin số " + i)
                        .province(i % 2 == 0 ? "79" : "01", 0.9).published(BASE.plus(Duration.ofMinutes(i))).build());
            }
            backend().refresh(index);
            for (int i = ARTICLES - 1; i >= 0; i--) {
                newestFirst.add(String.format("bài %02d", i));
            }
        }

        @AfterAll
        void close() throws IOException {
            backend().discard(index);
        }

        @Test
        void pagesCoverAllMatchesOnceInOrder() throws IOException {
            List<String> seen = new ArrayList<>();
            for (int offset = 0; offset < ARTICLES; offset += 10) {
                SearchPage page = index.search(ArticleQuery.of("").withPage(offset, 10));
                assertEquals(ARTICLES, page.total(), "total on the page at " + offset);
                assertEquals(Math.min(10, ARTICLES - offset), page.hits().size(), "hits on the page at " + offset);
                seen.addAll(titles(page));
            }
            assertEquals(newestFirst, seen, "the pages together, newest first, each article once");
        }

        @Test
        void textQueryPagesDoNotOverlap() throws IOException {
            Set<String> seen = new HashSet<>();
            for (int offset = 0; offset < ARTICLES; offset += 7) {
                SearchPage page = index.search(ArticleQuery.of("tin").withPage(offset, 7));
                assertEquals(ARTICLES, page.total(), "total at offset " + offset);
                for (String t : titles(page)) {
                    assertTrue(seen.add(t), t + " appears on two pages");
                }
            }
            assertEquals(ARTICLES, seen.size(), "every match appears on some page");
        }

        @Test
        void pastTheEndIsAnEmptyPageWithTheTotal() throws IOException {
            SearchPage page = index.search(ArticleQuery.of("").withPage(ARTICLES, 10));
            assertEquals(ARTICLES, page.total(), "total past the end");
            assertEquals(List.of(), page.hits(), "hits past the end");
            SearchPage far = index.search(ArticleQuery.of("tin").withPage(ArticleQuery.MAX_OFFSET, ArticleQuery.MAX_LIMIT));
            assertEquals(ARTICLES, far.total(), "total far past the end");
            assertEquals(List.of(), far.hits(), "hits far past the end");
            assertEquals(Map.of("79", 13L, "01", 12L), facet(far, "province"), "facets far past the end still count all");
        }

        @Test
        void lastPartialPage() throws IOException {
            SearchPage page = index.search(ArticleQuery.of("").withPage(20, 10));
            assertEquals(newestFirst.subList(20, 25), titles(page), "the last five, oldest last");
        }

        @Test
        void limitZeroGivesTotalAndFacetsOnly() throws IOException {
            SearchPage page = index.search(ArticleQuery.of("").withPage(0, 0));
            assertEquals(ARTICLES, page.total(), "total with limit 0");
            assertEquals(List.of(), page.hits(), "hits with limit 0");
            assertEquals(Map.of("79", 13L, "01", 12L), facet(page, "province"), "province facet with limit 0");
        }

        @Test
        void theDefaultAndTheMaximumLimit() throws IOException {
            assertEquals(ArticleQuery.DEFAULT_LIMIT, index.search(ArticleQuery.of("")).hits().size(), "default limit");
            assertEquals(ARTICLES, index.search(ArticleQuery.of("").withPage(0, ArticleQuery.MAX_LIMIT)).hits().size(),
                    "the maximum limit returns every article");
        }

        @Test
        void pagingAFilteredQuery() throws IOException {
            SearchPage page = index.search(ArticleQuery.of("").withProvinces(Set.of("01")).withPage(5, 5));
            assertEquals(12, page.total(), "odd articles are about 01");
            assertEquals(List.of("bài 13", "bài 11", "bài 09", "bài 07", "bài 05"), titles(page),
                    "the second page of five of the odd articles, newest first");
        }
    }
}
