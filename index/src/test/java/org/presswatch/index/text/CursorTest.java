package org.presswatch.index.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.presswatch.core.index.ArticleQuery.Order;
import org.presswatch.core.index.InvalidQueryException;

class CursorTest {
    private static final String ID = "0123456789abcdef0123456789abcdef";

    @Test
    void aCursorGivenOutResumesWhereItWasGiven() {
        Cursor cursor = new Cursor(Order.NEWEST, 1_700_000_000_000L, ID);
        assertEquals(cursor, Cursor.decode(cursor.encode(), Order.NEWEST));
        Cursor scored = new Cursor(Order.RELEVANCE, 1.25f, ID);
        assertEquals(scored, Cursor.decode(scored.encode(), Order.RELEVANCE));
    }

    @Test
    void aCursorCutShortAtAnyLengthIsNotValidAndDoesNotBlameTheOrder() {
        String whole = new Cursor(Order.RISK, 0.75f, ID).encode();
        for (int length = 0; length < whole.length(); length++) {
            String cut = whole.substring(0, length);
            InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> Cursor.decode(cut, Order.RISK), cut);
            assertTrue(e.getMessage().contains("is not valid: it is cut short, altered, or not one this index gave out"), e.getMessage());
        }
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> Cursor.decode("not a cursor!", Order.RISK));
        assertTrue(e.getMessage().contains("is not valid"), e.getMessage());
    }

    @Test
    void aCursorOfAnotherOrderSaysWhichOrderItContinues() {
        String newest = new Cursor(Order.NEWEST, 1_700_000_000_000L, ID).encode();
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> Cursor.decode(newest, Order.RELEVANCE));
        assertTrue(e.getMessage().contains("continues results sorted by newest, not by relevance"), e.getMessage());
    }
}
