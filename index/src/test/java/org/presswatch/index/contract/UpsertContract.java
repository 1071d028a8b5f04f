package org.presswatch.index.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.presswatch.index.TestArticles.article;
import static org.presswatch.index.TestArticles.titles;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.FacetCount;
import org.presswatch.core.index.SearchPage;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.core.model.ArticleAnalysis;
import org.presswatch.core.model.Evidence;
import org.presswatch.core.model.ProvinceScore;
import org.presswatch.core.model.Span;
import org.presswatch.core.model.TopicScore;
import org.presswatch.index.IndexBackend;
import org.presswatch.index.TestArticles;

/** Upserts replace by id, and what is stored comes back exactly. */
public abstract class UpsertContract extends BackendContract {
    protected UpsertContract(IndexBackend backend) {
        super(backend);
    }

    @TempDir
    Path dir;

    private ArticleIndex index;

    @BeforeEach
    void open() throws IOException {
        index = backend().open(dir);
    }

    @AfterEach
    void close() throws IOException {
        backend().discard(index);
    }

    @Test
    void aNewIndexIsEmpty() throws IOException {
        assertEquals(0, index.count(), "count of a freshly created index");
        assertEquals(Optional.empty(), index.get(Article.idFor(URI.create("https://news.example/none.html"))),
                "get of an id never stored");
        SearchPage page = index.search(ArticleQuery.of(""));
        assertEquals(0, page.total(), "total of match-all on an empty index");
        assertTrue(page.hits().isEmpty(), "hits of match-all on an empty index");
    }

    @Test
    void theSameArticleUpsertedTwiceIsStoredOnce() throws IOException {
        AnalyzedArticle a = article("ngu-dan-ly-son").title("Ngư dân Lý Sơn ra khơi").text("Tàu cá ra khơi.").build();
        index.upsert(a);
        index.upsert(a);
        backend().refresh(index);

        assertEquals(1, index.count(), "count after upserting one article twice");
        SearchPage page = index.search(ArticleQuery.of("ra khơi"));
        assertEquals(1, page.total(), "total of a query matching the article upserted twice");
        assertEquals(List.of(a), page.hits().stream().map(h -> h.article()).toList(), "the hits");
        assertEquals(1, index.search(ArticleQuery.of("")).total(), "total of match-all after a double upsert");
    }

    @Test
    void countIsExactBeforeAnyRefreshOrCommit() throws IOException {
        AnalyzedArticle a = article("a").text("một").build();
        AnalyzedArticle b = article("b").text("hai").build();
        index.upsert(a);
        index.upsert(b);
        index.upsert(a);
        index.upsert(article("b").text("hai, sửa lại").build());

        assertEquals(2, index.count(), "count() covers uncommitted, unrefreshed upserts, and replaced ones once");
    }

    @Test
    void anEditedVersionReachedThroughAnotherUrlReplacesTheFirst() throws IOException {
        String canonical = "https://baobiendao.example/bien-dao/ly-son.html";
        AnalyzedArticle first = article("x").canonical(canonical).url("https://m.baobiendao.example/ly-son?utm=rss")
                .title("Ngư dân Lý Sơn bám biển").text("Bản đầu tiên nói về cá ngừ.")
                .province("51", 0.9).topic("sovereignty", 0.7).source("baobiendao").build();
        AnalyzedArticle edited = article("x").canonical(canonical).url("https://baobiendao.example/bien-dao/ly-son.html")
                .title("Ngư dân Lý Sơn trở về an toàn").text("Bản cập nhật nói về mực khô.")
                .province("48", 0.8).topic("border", 0.6).source("baobiendao-mobile").build();
        assertEquals(first.id(), edited.id(), "precondition: both versions share the canonical URL's id");
        assertNotEquals(first, edited, "precondition: the versions differ");

        index.upsert(first);
        backend().refresh(index);
        index.upsert(edited);
        backend().refresh(index);

        assertEquals(1, index.count(), "count after replacing an article");
        assertEquals(Optional.of(edited), index.get(first.id()), "get returns the latest version");
        assertEquals(0, index.search(ArticleQuery.of("cá ngừ")).total(), "words only in the old version no longer match");
        assertEquals(List.of("Ngư dân Lý Sơn trở về an toàn"), titles(index.search(ArticleQuery.of("mực khô"))),
                "words of the new version match");
        assertEquals(0, index.search(ArticleQuery.of("").withProvinces(Set.of("51"))).total(),
                "the old version's province is no longer filterable");
        assertEquals(0, index.search(ArticleQuery.of("").withTopics(Set.of("sovereignty"))).total(),
                "the old version's topic is no longer filterable");
        assertEquals(0, index.search(ArticleQuery.of("").withSources(Set.of("baobiendao"))).total(),
                "the old version's source is no longer filterable");
        SearchPage all = index.search(ArticleQuery.of(""));
        assertEquals(List.of(new FacetCount("48", 1)), all.facets().get("province"),
                "province facet counts only the latest version");
        assertEquals(List.of(new FacetCount("baobiendao-mobile", 1)), all.facets().get("source"),
                "source facet counts only the latest version");
    }

    @Test
    void getRoundTripsTheWholeAnalyzedArticle() throws IOException {
        String title = "Tàu Trung Quốc xâm phạm vùng biển Hoàng Sa";
        String text = "Ngày 3/7, ngư dân Quảng Ngãi báo cáo tàu hải cảnh \"bắt giữ\" tàu cá gần quần đảo Hoàng Sa.\n\n"
                + "Đoạn hai: 南海, emoji 🐟, và ký tự <b>đặc biệt</b> & 'nháy'.";
        Article article = Article.of("baoquangngai", URI.create("https://m.baoquangngai.example/a/123?utm_source=rss"),
                URI.create("https://baoquangngai.example/bien-dao/123.html"), title, text, "vi",
                Instant.parse("2025-07-03T01:02:03.456789123Z"), Instant.parse("2025-07-03T01:05:00.000000001Z"));
        Span inTitle = TestArticles.Builder.span(Span.TITLE, title, "Hoàng Sa");
        Span inText = TestArticles.Builder.span(Span.TEXT, text, "quần đảo Hoàng Sa");
        Span province = TestArticles.Builder.span(Span.TEXT, text, "Quảng Ngãi");
        ArticleAnalysis analysis = new ArticleAnalysis("vi",
                List.of(new ProvinceScore("51", 0.875, true, List.of(province)), new ProvinceScore("48", 0.1, false, List.of())),
                List.of(new TopicScore("sovereignty", 0.93, true, List.of(
                                new Evidence("sovereignty/vi/hoang-sa", 2.5, List.of(inTitle, inText)),
                                new Evidence("model", 0.3333333333333333, List.of()))),
                        new TopicScore("human_rights", 0.0, false, List.of()),
                        new TopicScore("border", 0.2, false, List.of(new Evidence("border/vi/negative", -0.75, List.of())))));
        AnalyzedArticle stored = new AnalyzedArticle(article, analysis);
        AnalyzedArticle withoutDate = article("no-date").published(null).title("Không ngày").text("Bài không có ngày đăng.")
                .language("und").build();

        index.upsert(stored);
        index.upsert(withoutDate);
        backend().refresh(index);

        assertEquals(Optional.of(stored), index.get(stored.id()), "get(id) returns an equal AnalyzedArticle");
        assertEquals(Optional.of(withoutDate), index.get(withoutDate.id()), "an article without publication time round-trips");
        assertEquals(stored, index.search(ArticleQuery.of("Hoàng Sa")).hits().get(0).article(),
                "a search hit carries the same AnalyzedArticle as get");
    }

    @Test
    void getFindsOnlyTheExactId() throws IOException {
        AnalyzedArticle a = article("exact").text("nội dung").build();
        backend().load(index, a);

        assertTrue(index.get(a.id()).isPresent(), "get of a stored id");
        assertEquals(Optional.empty(), index.get(a.id().toUpperCase()), "ids are not case-folded");
        assertEquals(Optional.empty(), index.get(a.id().substring(0, 31)), "a prefix of an id is not the id");
        assertEquals(Optional.empty(), index.get("exact"), "the slug is not the id");
    }

    @Test
    void getAllReadsTheStoredArticlesInTheOrderAskedLeavingOutTheUnknown() throws IOException {
        List<AnalyzedArticle> stored = new ArrayList<>();
        // more than a page of search hits, so that no backend stops at its default page size
        for (int i = 0; i < ArticleQuery.MAX_LIMIT + 20; i++) {
            stored.add(article("nhieu-" + i).title("Bài số " + i).text("nội dung " + i).build());
        }
        backend().load(index, stored.toArray(AnalyzedArticle[]::new));
        AnalyzedArticle first = stored.get(0);
        AnalyzedArticle second = stored.get(1);
        AnalyzedArticle deleted = stored.get(2);
        index.delete(deleted.id());
        backend().refresh(index);
        String unknown = Article.idFor(URI.create("https://news.example/never-stored.html"));

        Map<String, AnalyzedArticle> found = index.getAll(List.of(second.id(), unknown, first.id(), deleted.id(), second.id()));
        assertEquals(List.of(second.id(), first.id()), List.copyOf(found.keySet()), "the ids asked for, in order, each once, the unknown left out");
        assertEquals(Optional.of(found.get(second.id())), index.get(second.id()), "getAll reads what get reads");
        assertEquals(first, found.get(first.id()));

        List<String> reversed = new ArrayList<>(stored.stream().map(AnalyzedArticle::id).toList());
        reversed.remove(deleted.id());
        Collections.reverse(reversed);
        assertEquals(reversed, List.copyOf(index.getAll(reversed).keySet()), "every stored article, in the order asked");
        assertEquals(Map.of(), index.getAll(List.of()));
        assertEquals(Map.of(), index.getAll(List.of(unknown)));
        List<String> tooMany = Collections.nCopies(ArticleQuery.MAX_GET_ALL + 1, first.id());
        assertThrows(IllegalArgumentException.class, () -> index.getAll(tooMany));
    }

    @Test
    void manyDistinctArticlesAreAllCounted() throws IOException {
        for (int i = 0; i < 250; i++) {
            index.upsert(article("bai-" + i).text("bài số " + i).build());
        }
        for (int i = 0; i < 250; i += 2) {
            index.upsert(article("bai-" + i).text("bài số " + i + " đã sửa").build());
        }
        backend().refresh(index);
        assertEquals(250, index.count(), "count after 250 articles, half of them upserted twice");
        assertEquals(250, index.search(ArticleQuery.of("")).total(), "match-all total");
        assertEquals(125, index.search(ArticleQuery.of("sửa")).total(), "edited versions found by their new word");
    }

    @Test
    void aScanReadsEveryArticleOnceInIdOrderAcrossPagesAndSlices() throws IOException {
        java.util.TreeMap<String, AnalyzedArticle> stored = new java.util.TreeMap<>();
        for (int i = 0; i < 130; i++) {
            AnalyzedArticle a = article("quet-" + i).text("bài quét số " + i).build();
            stored.put(a.id(), a);
            index.upsert(a);
        }
        backend().refresh(index);

        List<AnalyzedArticle> read = new java.util.ArrayList<>();
        String after = null;
        for (List<AnalyzedArticle> page; !(page = index.scan(after, 50)).isEmpty(); after = page.get(page.size() - 1).id()) {
            assertTrue(page.size() <= 50, "a page holds at most the limit");
            read.addAll(page);
        }
        assertEquals(List.copyOf(stored.values()), read, "every article once, whole, in ascending id order");

        // a reader of the ids starting with 8 to b begins after "7f..." and stops at the first "c"
        List<String> slice = index.scan("7" + "f".repeat(31), ArticleQuery.MAX_SCAN).stream().map(AnalyzedArticle::id)
                .takeWhile(id -> id.compareTo("c") < 0).toList();
        assertEquals(stored.subMap("8", "c").keySet().stream().toList(), slice);
        assertEquals(List.of(), index.scan(stored.lastKey(), 10), "nothing after the last id");
        assertEquals(List.of(), index.scan(null, 0));
    }

    @Test
    void theClaimsMatchedWithAnArticleAreStoredWithIt() throws IOException {
        AnalyzedArticle plain = article("luan-dieu").title("Tàu cá bị xua đuổi").text("Tàu cá bị xua đuổi gần Hoàng Sa.").build();
        AnalyzedArticle matched = plain.withClaims(List.of(new org.presswatch.core.model.ClaimMatch("paracels", "Hoàng Sa?", 0.82, 0.71,
                "Tàu cá bị xua đuổi gần Hoàng Sa.")));
        index.upsert(matched);
        backend().refresh(index);
        assertEquals(Optional.of(matched), index.get(matched.id()));
        assertEquals(matched, index.scan(null, 1).get(0));
    }
}
