package org.presswatch.index.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.presswatch.index.TestArticles.article;
import static org.presswatch.index.TestArticles.titles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.index.ArticleQuery.Order;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.Bucket;
import org.presswatch.core.index.DateCount;
import org.presswatch.core.index.InvalidQueryException;
import org.presswatch.core.index.SearchHit;
import org.presswatch.core.index.SearchPage;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.index.IndexBackend;
import org.presswatch.index.TestArticles;

/**
 * What every {@link ArticleIndex} backend must do beyond plain search: delete, the filters on
 * topic score, date and risk, the orders and deep paging by cursor, date histograms, similar
 * stories, and the ranking of the words as typed: above their synonyms, diacritics first. Each
 * backend's contract test runs it as a nested class.
 */
public abstract class ArticleIndexContract extends BackendContract {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path dir;
    ArticleIndex index;

    protected ArticleIndexContract(IndexBackend backend) {
        super(backend);
    }

    @BeforeEach
    void openIndex() throws IOException {
        index = backend().open(dir);
    }

    @AfterEach
    void closeIndex() throws IOException {
        backend().discard(index);
    }

    private void load(AnalyzedArticle... articles) throws IOException {
        backend().load(index, articles);
    }

    @Test
    void deleteRemovesAnArticleAndIgnoresAnUnknownId() throws IOException {
        AnalyzedArticle a = article("a").title("Tàu cá Lý Sơn").build();
        load(a, article("b").title("Tàu cá Quảng Ngãi").build());
        index.delete(a.id());
        index.delete("0".repeat(32));
        backend().refresh(index);
        assertEquals(List.of("Tàu cá Quảng Ngãi"), titles(index.search(ArticleQuery.of("tàu cá"))));
        assertTrue(index.get(a.id()).isEmpty());
        assertEquals(1, index.count());
    }

    @Test
    void topicFiltersTakeAMinimumScore() throws IOException {
        load(article("strong").topic("sovereignty", 0.9).build(), article("weak").topic("sovereignty", 0.3).build(),
                article("other").topic("religion", 0.8).build());
        ArticleQuery sovereignty = ArticleQuery.of("").withTopics(Set.of("sovereignty"));
        assertEquals(Set.of("strong"), Set.copyOf(titles(index.search(sovereignty))), "the default is the listing threshold, 0.5");
        assertEquals(Set.of("strong", "weak"), Set.copyOf(titles(index.search(sovereignty.withTopics(Set.of("sovereignty"), 0.2)))));
        assertEquals(Set.of(), Set.copyOf(titles(index.search(sovereignty.withTopics(Set.of("sovereignty"), 0.95)))));
    }

    @Test
    void dateRangesIncludeTheirStartAndExcludeTheirEnd() throws IOException {
        Instant day = Instant.parse("2026-03-10T00:00:00Z");
        load(article("before").published(day.minusMillis(1)).build(), article("start").published(day).build(),
                article("inside").published(day.plus(1, ChronoUnit.DAYS)).build(), article("end").published(day.plus(2, ChronoUnit.DAYS)).build());
        assertEquals(Set.of("start", "inside"),
                Set.copyOf(titles(index.search(ArticleQuery.of("").withPublished(day, day.plus(2, ChronoUnit.DAYS))))));
        assertEquals(Set.of("before"), Set.copyOf(titles(index.search(ArticleQuery.of("").withPublished(null, day)))));
        assertEquals(Set.of("inside", "end"), Set.copyOf(titles(index.search(ArticleQuery.of("").withPublished(day.plusSeconds(1), null)))));
    }

    @Test
    void riskFiltersAndOrders() throws IOException {
        load(article("low").risk(0.1).published(TestArticles.BASE.plusSeconds(30)).build(),
                article("high").risk(0.9).published(TestArticles.BASE.plusSeconds(10)).build(),
                article("mid").risk(0.5).published(TestArticles.BASE.plusSeconds(20)).build(),
                article("none").published(TestArticles.BASE).build());
        assertEquals(List.of("high", "mid"), titles(index.search(ArticleQuery.of("").withMinRisk(0.5).withOrder(Order.RISK))));
        assertEquals(List.of("high", "mid", "low", "none"), titles(index.search(ArticleQuery.of("").withOrder(Order.RISK))));
        assertEquals(List.of("low", "mid", "high", "none"), titles(index.search(ArticleQuery.of(""))), "newest first by default");
        assertEquals(List.of("none", "high", "mid", "low"), titles(index.search(ArticleQuery.of("").withOrder(Order.OLDEST))));
    }

    @Test
    void cursorsPageThroughEveryMatchOnceInOrder() throws IOException {
        Random random = new Random(7);
        List<AnalyzedArticle> all = new ArrayList<>();
        for (int i = 0; i < 57; i++) {
            // a few share a publication time and a risk: ties are broken by id
            all.add(article("a" + i).title("Hoàng Sa bài " + i).risk(random.nextInt(5) / 4.0)
                    .published(TestArticles.BASE.plusSeconds(random.nextInt(20))).build());
        }
        load(all.toArray(AnalyzedArticle[]::new));
        for (Order order : Order.values()) {
            ArticleQuery first = ArticleQuery.of("hoàng sa").withOrder(order).withPage(0, 10);
            List<String> byCursor = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                SearchPage page = index.search(cursor == null ? first : first.withAfter(cursor));
                assertEquals(57, page.total());
                page.hits().forEach(h -> byCursor.add(h.article().id()));
                cursor = page.next();
                pages++;
            } while (cursor != null);
            assertEquals(6, pages, order + ": 5 full pages and one of 7, then no cursor");
            assertEquals(57, new HashSet<>(byCursor).size(), order + ": no article twice");
            List<String> oneGo = index.search(first.withPage(0, 57)).hits().stream().map(h -> h.article().id()).toList();
            assertEquals(oneGo, byCursor, order + ": the same order as one long page");
        }
    }

    @Test
    void aCursorFromAnotherOrderOrDamagedIsAClearError() throws IOException {
        load(article("a").build(), article("b").build());
        String newest = index.search(ArticleQuery.of("").withPage(0, 1)).next();
        assertNotNull(newest);
        assertThrows(InvalidQueryException.class, () -> index.search(ArticleQuery.of("").withOrder(Order.RISK).withAfter(newest)));
        assertThrows(InvalidQueryException.class, () -> index.search(ArticleQuery.of("").withAfter("%%%")));
        assertNull(index.search(ArticleQuery.of("").withPage(0, 2)).next(), "no cursor after the last match");
    }

    @Test
    void histogramsCountEveryPeriodInTheOfficesTimeZone() throws IOException {
        // 23:30 UTC on the 1st is the 2nd in Vietnam
        load(article("a").published(Instant.parse("2026-03-01T23:30:00Z")).topic("sovereignty", 0.9).build(),
                article("b").published(Instant.parse("2026-03-02T05:00:00Z")).topic("sovereignty", 0.9).build(),
                article("c").published(Instant.parse("2026-03-05T05:00:00Z")).topic("sovereignty", 0.9).build(),
                article("d").published(Instant.parse("2026-03-05T06:00:00Z")).topic("religion", 0.9).build());
        ArticleQuery sovereignty = ArticleQuery.of("").withTopics(Set.of("sovereignty"));
        assertEquals(List.of(new DateCount(LocalDate.of(2026, 3, 2), 2), new DateCount(LocalDate.of(2026, 3, 3), 0),
                new DateCount(LocalDate.of(2026, 3, 4), 0), new DateCount(LocalDate.of(2026, 3, 5), 1)), index.histogram(sovereignty, Bucket.DAY, VIETNAM));
        assertEquals(List.of(new DateCount(LocalDate.of(2026, 3, 1), 1), new DateCount(LocalDate.of(2026, 3, 2), 1),
                new DateCount(LocalDate.of(2026, 3, 3), 0), new DateCount(LocalDate.of(2026, 3, 4), 0), new DateCount(LocalDate.of(2026, 3, 5), 1)),
                index.histogram(sovereignty, Bucket.DAY, ZoneId.of("UTC")));
        assertEquals(List.of(new DateCount(LocalDate.of(2026, 3, 2), 4)), index.histogram(ArticleQuery.of(""), Bucket.WEEK, VIETNAM),
                "the week of Monday 2 March");
        assertEquals(List.of(new DateCount(LocalDate.of(2026, 3, 1), 4)), index.histogram(ArticleQuery.of(""), Bucket.MONTH, VIETNAM));
        assertEquals(List.of(), index.histogram(ArticleQuery.of("không có"), Bucket.DAY, VIETNAM));
    }

    @Test
    void similarStoriesComeFirstAndTheArticleItselfNever() throws IOException {
        String story = "Tàu hải cảnh nước ngoài dùng vòi rồng tấn công tàu cá của ngư dân Lý Sơn khi đang khai thác hải sản gần quần đảo Hoàng Sa.";
        AnalyzedArticle original = article("original").title("Tàu cá Lý Sơn bị tấn công bằng vòi rồng").text(story).build();
        load(original,
                article("copy").title("Ngư dân Lý Sơn bị vòi rồng tấn công").text(story + " Bộ Ngoại giao phản đối.").build(),
                article("other").title("Giá lúa tăng").text("Giá lúa ở đồng bằng sông Cửu Long tăng mạnh trong tuần qua.").build());
        List<SearchHit> similar = index.similar(original.id(), 5);
        assertEquals("Ngư dân Lý Sơn bị vòi rồng tấn công", similar.get(0).article().article().title(), "the same story first");
        assertTrue(similar.stream().noneMatch(h -> h.article().id().equals(original.id())));
        assertEquals(List.of(), index.similar("f".repeat(32), 5));
    }

    @Test
    void theWordsAsTypedRankAboveTheirSynonymsInOtherLanguages() throws IOException {
        // the foreign articles say the sea's name often and in their titles, which BM25 favours;
        // the Vietnamese ones say it once, in their text
        load(article("vi").title("Ngư dân bám biển mùa cá nam").text("Hàng trăm tàu cá đã ra khơi, có tàu đánh bắt tận Biển Đông.").build(),
                article("vi-plain").title("Tin ngan").text("Nhieu tau ca da ra khoi, co tau danh bat tan Bien Dong.").build(),
                article("en").title("South China Sea: tensions rise in the South China Sea").language("en")
                        .text("The South China Sea standoff went on. Ships crossed the South China Sea.").build(),
                article("fr").title("Mer de Chine méridionale : tensions en mer de Chine méridionale").language("fr")
                        .text("La mer de Chine méridionale reste tendue.").build(),
                article("zh").title("南海局势").language("zh").text("南海，南海。").build());
        Set<String> foreign = Set.of("South China Sea: tensions rise in the South China Sea",
                "Mer de Chine méridionale : tensions en mer de Chine méridionale", "南海局势");
        List<String> typed = titles(index.search(ArticleQuery.of("biển đông")));
        assertEquals(List.of("Ngư dân bám biển mùa cá nam", "Tin ngan"), typed.subList(0, 2),
                "'biển đông' finds the words with their diacritics first, then without, then their synonyms: " + typed);
        assertEquals(foreign, Set.copyOf(typed.subList(2, 5)), typed.toString());

        List<String> plain = titles(index.search(ArticleQuery.of("bien dong")));
        assertEquals(Set.of("Ngư dân bám biển mùa cá nam", "Tin ngan"), Set.copyOf(plain.subList(0, 2)),
                "'bien dong' finds the Vietnamese articles, with diacritics or without, before the synonyms: " + plain);
        assertEquals(foreign, Set.copyOf(plain.subList(2, 5)), plain.toString());

        assertEquals("South China Sea: tensions rise in the South China Sea", titles(index.search(ArticleQuery.of("south china sea"))).get(0),
                "the English name finds the English article first");
    }

    @Test
    void wordsTypedWithDiacriticsRankAboveTheSameLettersWithOthers() throws IOException {
        load(article("rights").title("Báo cáo quốc gia").text("Đoàn đối thoại về nhân quyền tại Geneva.").build(),
                article("deeds").title("Cấp giấy cho các hộ").text("Hộ dân nhận giấy chứng nhận quyền sử dụng đất; chứng nhận quyền sở hữu nhà.").build(),
                article("english").title("Human rights report").language("en").text("Human rights groups wrote a report on human rights.").build());
        List<String> found = titles(index.search(ArticleQuery.of("nhân quyền")));
        assertEquals("Báo cáo quốc gia", found.get(0), "human rights (nhân quyền), not certified rights (chứng nhận quyền): " + found);
        assertEquals(3, found.size(), "without diacritics and in English they still match: " + found);
    }

    @Test
    void theQuerysOwnDiacriticsRankFirst() throws IOException {
        load(article("friend").title("Người bạn cũ").text("Câu chuyện về một người bạn.").build(),
                article("table").title("Chiếc bàn gỗ").text("Câu chuyện về một chiếc bàn.").build());
        assertEquals(List.of("Chiếc bàn gỗ", "Người bạn cũ"), titles(index.search(ArticleQuery.of("bàn"))));
        assertEquals(List.of("Người bạn cũ", "Chiếc bàn gỗ"), titles(index.search(ArticleQuery.of("bạn"))));
        assertEquals(2, index.search(ArticleQuery.of("ban")).total(), "without diacritics both match");
    }
}
