package org.presswatch.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClientTextTest {

    @Test
    void controlFormatAndSeparatorCharactersAreEscaped() {
        assertEquals("'a\\u0000b\\u202Ec\\u2066d\\u200Be\\u0085f\\u001B\\u2028\\u0009\\u000A'",
                ClientText.quote("a\u0000b\u202Ec\u2066d\u200Be\u0085f\u001B\u2028\t\n"));
        assertEquals("\\uD800x", ClientText.safe("\uD800x"), "a lone surrogate");
        assertEquals("\\uDB40\\uDC01", ClientText.safe("\uDB40\uDC01"), "a tag character, escaped unit by unit");
    }

    @Test
    void lettersOfEveryScriptAndEmojiAreKept() {
        String text = "Biển Đông 南海 Южно-Китайское море 🌊 é";
        assertEquals(text, ClientText.safe(text));
    }

    @Test
    void longTextIsCutOnACodePointWithAnEllipsis() {
        String emoji = "🌊".repeat(ClientText.MAX_QUOTED + 5);
        assertEquals("🌊".repeat(ClientText.MAX_QUOTED) + "…", ClientText.safe(emoji));
        assertEquals("x".repeat(ClientText.MAX_QUOTED), ClientText.safe("x".repeat(ClientText.MAX_QUOTED)), "at the limit, whole");
        assertTrue(ClientText.clean("y".repeat(5000)).length() <= ClientText.MAX_MESSAGE + 1);
        assertEquals("", ClientText.safe(null));
    }
}
