package org.presswatch.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvalidQueryExceptionTest {
    @Test
    void theMessageIsOneLineWithItsControlCharactersEscaped() {
        assertEquals("the cursor 'a\\u000Ab\\u0000c\\u202Ed' is damaged",
                new InvalidQueryException("the cursor 'a\nb\u0000c\u202Ed' is damaged", null).getMessage());
    }

    @Test
    void aLongMessageIsCut() {
        String message = new InvalidQueryException("the cursor '" + "x".repeat(5000) + "' is damaged", null).getMessage();
        assertEquals(InvalidQueryException.MAX_MESSAGE + 1, message.length());
        assertTrue(message.endsWith("x…"), message);
    }
}
