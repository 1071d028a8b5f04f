package org.presswatch.pipeline.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.presswatch.core.model.Article;
import org.presswatch.core.testing.Randomness;

class ContentKeysTest {
    private static final String[] PIECES = {"a", "Đ", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "\u3000", "x", "越"};

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", " a ", "a  b", "\t\n\r\u000B\f", "a\u00A0 b", "\u3000a\u3000", "a \u2003 b"})
    void collapsesSpacesAsTheRegexDid(String text) {
        assertEquals(text.replaceAll("\\s+", " "), ContentKeys.collapseSpaces(text));
    }

    @Test
    void collapsesRandomTextsAsTheRegexDid() {
        Randomness.run("collapsesRandomTextsAsTheRegexDid", random -> {
            for (int i = 0; i < Randomness.iterations(2_000); i++) {
                StringBuilder text = new StringBuilder();
                for (int p = random.nextInt(30); p > 0; p--) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
                String t = text.toString();
                assertEquals(t.replaceAll("\\s+", " "), ContentKeys.collapseSpaces(t));
            }
        });
    }

    /** The key of the running jobs' state: a change here would let stored stories through again. */
    @Test
    void keysAsTheRunningJobsDo() {
        Article a = Article.of("vnexpress", URI.create("https://vnexpress.net/a"), null, "Ngư dân  Lý Sơn", "Tàu cá\n\ntrở về.", "vi",
                Instant.EPOCH, Instant.EPOCH);
        assertEquals("vnexpress c4a42cbc", ContentKeys.of(a).substring(0, 18));
    }
}
