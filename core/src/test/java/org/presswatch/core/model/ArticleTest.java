package org.presswatch.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleTest {
    private static final URI CANONICAL = URI.create("https://baoduyenhai.example/bien-dao/ngu-dan-ly-son.html");

    @Test
    void idComesFromTheCanonicalUrlSoTwoUrlsOfOneArticleShareIt() {
        Article viaFeed = Article.of("duyenhai", URI.create("http://127.0.0.1:4321/duyenhai/a/1?utm_source=rss"), CANONICAL,
                "Ngư dân Lý Sơn", "Nội dung.", "vi", null, Instant.EPOCH);
        Article viaHome = Article.of("duyenhai", URI.create("http://127.0.0.1:9999/duyenhai/a/1"), CANONICAL,
                "Ngư dân Lý Sơn", "Nội dung.", "vi", null, Instant.EPOCH);
        assertEquals(viaFeed.id(), viaHome.id());
        assertEquals(32, viaFeed.id().length());
        assertEquals(viaFeed.contentHash(), viaHome.contentHash());
    }

    @Test
    void contentHashChangesWithTheText() {
        Article a = Article.of("s", CANONICAL, null, "T", "one", "vi", null, Instant.EPOCH);
        Article b = Article.of("s", CANONICAL, null, "T", "two", "vi", null, Instant.EPOCH);
        assertEquals(a.id(), b.id());
        assertNotEquals(a.contentHash(), b.contentHash());
    }

    @Test
    void rejectsInconsistentOrEmptyArticles() {
        Article a = Article.of("s", CANONICAL, null, "T", "text", "vi", null, Instant.EPOCH);
        IllegalArgumentException wrongId = assertThrows(IllegalArgumentException.class, () -> new Article("0".repeat(32),
                "s", a.url(), a.canonicalUrl(), "T", "text", "vi", null, Instant.EPOCH, a.contentHash()));
        assertTrue(wrongId.getMessage().contains("does not belong"), wrongId.getMessage());
        IllegalArgumentException badHash = assertThrows(IllegalArgumentException.class, () -> new Article(a.id(),
                "s", a.url(), a.canonicalUrl(), "T", "text", "vi", null, Instant.EPOCH, a.contentHash().toUpperCase(java.util.Locale.ROOT)));
        assertTrue(badHash.getMessage().contains("must be a SHA-256"), badHash.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Article.of("s", CANONICAL, null, " ", "", "vi", null, Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> Article.of("s", CANONICAL, null, "T", "x", "vie", null, Instant.EPOCH));
    }

    @Test
    void topicScoreNeedsEvidenceAndAKnownTopic() {
        assertThrows(IllegalArgumentException.class, () -> new TopicScore("sovereignty", 0.8, true, java.util.List.of()));
        assertThrows(IllegalArgumentException.class, () -> new TopicScore("weather", 0.0, false, java.util.List.of()));
        assertThrows(IllegalArgumentException.class, () -> new TopicScore("religion", 1.5, true,
                java.util.List.of(new Evidence("r", 1, java.util.List.of()))));
    }
}
