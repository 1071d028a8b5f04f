package org.presswatch.pipeline.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.functions.DefaultOpenContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.core.model.ArticleAnalysis;
import org.presswatch.core.model.ClaimMatch;
import org.presswatch.core.model.LocalizedText;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.core.model.Risk;
import org.presswatch.index.claims.ClaimIndexWriter;

class MatchClaimsTest {
    private static final Rebuttal PARACELS = entry("paracels", "Hoàng Sa không phải của Việt Nam?",
            "Việt Nam chưa bao giờ thực thi chủ quyền đối với quần đảo Hoàng Sa.");
    private static final Rebuttal BORDER = entry("border-gate", "Cửa khẩu Lạng Sơn bị đóng vĩnh viễn?",
            "Cửa khẩu Hữu Nghị ở Lạng Sơn đã bị đóng cửa vĩnh viễn đối với hàng hóa xuất khẩu.");
    private static final String CLAIMING = "Một trang mạng viết rằng Viet Nam chua bao gio thuc thi chu quyen doi voi quan dao Hoang Sa.";

    @TempDir
    Path dir;

    private static Rebuttal entry(String id, String title, String claim) {
        return new Rebuttal(id, title, List.of(new LocalizedText("vi", claim)), List.of(), List.of(), List.of(), List.of(),
                Rebuttal.Status.APPROVED, 1, Instant.EPOCH, "test");
    }

    private static AnalyzedArticle article(String text, double risk) {
        Article article = Article.of("demo", URI.create("http://example.org/" + Math.abs(text.hashCode())), null,
                "Tin trong ngày", text, "vi", Instant.parse("2026-11-20T03:00:00Z"), Instant.parse("2026-11-20T03:01:00Z"));
        return new AnalyzedArticle(article, new ArticleAnalysis("vi", List.of(), List.of(), 0, 0,
                new Risk(risk, List.of(new Risk.Factor("topic", risk, 3, risk)))));
    }

    private MatchClaims operator(Path library) {
        MatchClaims operator = new MatchClaims(new MatchClaims.Settings(library.toString(), 0.3, 0.6, 3, Duration.ofMinutes(10)));
        operator.open(DefaultOpenContext.INSTANCE);
        return operator;
    }

    private void write(Path library, Rebuttal... entries) throws IOException {
        try (ClaimIndexWriter index = ClaimIndexWriter.open(library)) {
            index.replaceAll(List.of(entries));
        }
    }

    @Test
    void aFlaggedArticleCarriesTheEntryItsSentenceMatchesWithTheEntrysTitle() throws Exception {
        Path library = dir.resolve("library-index");
        write(library, PARACELS, BORDER);
        MatchClaims operator = operator(library);
        try {
            AnalyzedArticle matched = operator.map(article("Thời tiết hôm nay nắng ráo trên khắp cả nước. " + CLAIMING, 0.5));
            assertEquals(1, matched.claims().size(), matched.claims().toString());
            ClaimMatch match = matched.claims().get(0);
            assertEquals("paracels", match.entryId());
            assertEquals("Hoàng Sa không phải của Việt Nam?", match.title());
            assertEquals(CLAIMING, match.sentence());
            assertTrue(match.similarity() >= 0.6, match.toString());
        } finally {
            operator.close();
        }
    }

    @Test
    void anArticleBelowTheRiskToMatchOrMatchingNothingPassesUnchanged() throws Exception {
        Path library = dir.resolve("library-index");
        write(library, PARACELS, BORDER);
        MatchClaims operator = operator(library);
        try {
            AnalyzedArticle calm = article(CLAIMING, 0.1);
            assertSame(calm, operator.map(calm), "not flagged: not matched");
            AnalyzedArticle unrelated = article("Giá lúa gạo tại Đồng bằng sông Cửu Long tăng nhẹ trong tuần qua theo báo cáo của các doanh nghiệp.", 0.9);
            assertEquals(List.of(), operator.map(unrelated).claims());
        } finally {
            operator.close();
        }
    }

    @Test
    void withoutALibraryArticlesPassAndTheJobDoesNotFail() throws Exception {
        assertAFlaggedArticlePassesUnmatched(dir.resolve("no-library-yet"));
    }

    @Test
    void aDamagedIndexIsReportedAndArticlesPass() throws Exception {
        Path library = dir.resolve("library-index");
        Files.createDirectories(library);
        Files.writeString(library.resolve("segments_1"), "not a Lucene commit");
        assertAFlaggedArticlePassesUnmatched(library);
    }

    private void assertAFlaggedArticlePassesUnmatched(Path library) throws Exception {
        MatchClaims operator = operator(library);
        try {
            AnalyzedArticle article = article(CLAIMING, 0.9);
            assertSame(article, operator.map(article));
        } finally {
            operator.close();
        }
    }

    @Test
    void entriesImportedWhileTheJobRunsAreMatchedFromItsNextLook() throws Exception {
        Path library = dir.resolve("library-index");
        AtomicLong now = new AtomicLong();
        try (ClaimIndexFollower follower = new ClaimIndexFollower(library, Duration.ofSeconds(30), now::get);
             ClaimIndexWriter writer = ClaimIndexWriter.open(library)) {
            writer.replaceAll(List.of());
            assertNotNull(follower.current(), "an empty library is read");
            assertTrue(follower.current().match(CLAIMING, "vi", 3).isEmpty());

            writer.replaceAll(List.of(PARACELS));
            now.addAndGet(Duration.ofSeconds(29).toNanos());
            assertTrue(follower.current().match(CLAIMING, "vi", 3).isEmpty(), "not looked again before the interval");
            now.addAndGet(Duration.ofSeconds(1).toNanos());
            List<ClaimMatch> matches = follower.current().match(CLAIMING, "vi", 3);
            assertEquals("paracels", matches.get(0).entryId(), "seen at the next look: " + matches);
            assertEquals("Hoàng Sa không phải của Việt Nam?", matches.get(0).title());

            writer.replaceAll(List.of(new Rebuttal("paracels", "Hoàng Sa không phải của Việt Nam?", PARACELS.claims(), List.of(), List.of(),
                    List.of(), List.of(), Rebuttal.Status.RETIRED, 2, Instant.EPOCH, "test")));
            now.addAndGet(Duration.ofSeconds(30).toNanos());
            assertTrue(follower.current().match(CLAIMING, "vi", 3).isEmpty(), "a retired entry stops matching");
        }
    }

    @Test
    void aLibraryCreatedAfterTheJobStartedIsFound() throws Exception {
        Path library = dir.resolve("library-index");
        AtomicLong now = new AtomicLong();
        try (ClaimIndexFollower follower = new ClaimIndexFollower(library, Duration.ofSeconds(30), now::get)) {
            assertNull(follower.current());
            write(library, PARACELS);
            assertNull(follower.current(), "looked again only after the interval");
            now.addAndGet(Duration.ofSeconds(30).toNanos());
            assertEquals("paracels", follower.current().match(CLAIMING, "vi", 1).get(0).entryId());
        }
    }
}
