package org.presswatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    @Test
    void aQueryStringMustBeValidPercentEncodedUtf8() {
        assertNull(RequestLimits.queryStringProblem("q=bi%E1%BB%83n+%C4%91%C3%B4ng&limit=5"));
        assertNull(RequestLimits.queryStringProblem("q=biển"), "characters Jetty already decoded");
        assertTrue(RequestLimits.queryStringProblem("q=%C3%28").contains("not UTF-8"));
        assertTrue(RequestLimits.queryStringProblem("q=%FF").contains("not UTF-8"));
        assertTrue(RequestLimits.queryStringProblem("q=%ED%A0%80").contains("not UTF-8"), "an encoded surrogate");
        assertTrue(RequestLimits.queryStringProblem("q=%G1").contains("at character 3"));
        assertTrue(RequestLimits.queryStringProblem("q=5%").contains("at character 4"));
    }

    @Test
    void onlyJsonIsJson() {
        assertTrue(RequestLimits.isJson("application/json"));
        assertTrue(RequestLimits.isJson("Application/JSON; charset=utf-8"));
        assertTrue(RequestLimits.isJson("application/merge-patch+json"));
        assertTrue(!RequestLimits.isJson("text/json") && !RequestLimits.isJson("text/plain") && !RequestLimits.isJson(null)
                && !RequestLimits.isJson("application/jsonx") && !RequestLimits.isJson("multipart/form-data; boundary=json"));
    }
}
