package org.presswatch.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleQueryTest {

    @Test
    void offsetsReachTheMaximumAndNoFurther() {
        assertEquals(ArticleQuery.MAX_OFFSET, ArticleQuery.of("").withPage(ArticleQuery.MAX_OFFSET, ArticleQuery.MAX_LIMIT).offset());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArticleQuery.of("").withPage(ArticleQuery.MAX_OFFSET + 1, 10));
        assertTrue(e.getMessage().contains("offset"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ArticleQuery.of("").withPage(-1, 10));
    }

    @Test
    void aCursorPageStartsAtOffsetZero() {
        assertThrows(IllegalArgumentException.class, () -> ArticleQuery.of("").withPage(20, 10).withAfter("c").withPage(5, 10));
        assertEquals(0, ArticleQuery.of("").withPage(20, 10).withAfter("c").offset(), "a cursor resets the offset");
    }

    @Test
    void theOrderFollowsTheText() {
        assertEquals(ArticleQuery.Order.RELEVANCE, ArticleQuery.of("biển đông").effectiveOrder());
        assertEquals(ArticleQuery.Order.NEWEST, ArticleQuery.of("  ").effectiveOrder());
        assertEquals(ArticleQuery.Order.RISK, ArticleQuery.of("x").withOrder(ArticleQuery.Order.RISK).effectiveOrder());
    }

    @Test
    void aRangeMustRunForward() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> ArticleQuery.of("").withPublished(t, t));
        assertEquals(t, ArticleQuery.of("").withPublished(t, null).from());
    }
}
