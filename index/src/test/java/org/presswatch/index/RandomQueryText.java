package org.presswatch.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.presswatch.core.index.InvalidQueryException;

/**
 * Random query texts for the randomized tests of query reading: Vietnamese words mixed with every
 * sign of the query syntax, operators, field prefixes and control characters, written together or
 * apart, now and then far too many words to search.
 */
public final class RandomQueryText {
    private static final List<String> WORDS = List.of("Hoàng", "Sa", "Trường", "biển", "Đông", "ngư", "dân", "hải", "quân", "bão",
            "tàu", "cá", "Lý", "Sơn", "quần", "đảo", "bien", "dong", "hoang", "truong", "ĐÀ", "NẴNG", "2024", "117", "south", "china");
    private static final List<String> SYNTAX = List.of("\"", "\"", "(", ")", "[", "]", "{", "}", ":", "*", "?", "-", "+", "!", "^",
            "^2", "~", "~1", "\\", "/", "&&", "||", "&", "|", "AND", "OR", "NOT", "TO", "title:", "text:", "language:", "*:*", "\u0000",
            "\u0007", "\n", "\t", "\u3000", "\u202E", "…", "“", "”", ",", ".");
    /** Past the parser's limit of clauses in one query. */
    private static final int TOO_MANY_WORDS = 1100;

    private RandomQueryText() {}

    public static String next(Random random) {
        if (random.nextInt(200) == 0) {
            return String.join(" ", Collections.nCopies(TOO_MANY_WORDS, WORDS.get(random.nextInt(WORDS.size()))));
        }
        StringBuilder text = new StringBuilder();
        for (int pieces = 1 + random.nextInt(12); pieces > 0; pieces--) {
            List<String> from = random.nextInt(3) == 0 ? WORDS : SYNTAX;
            text.append(from.get(random.nextInt(from.size())));
            if (random.nextBoolean()) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    /** The refusal a person sees: one short line that repeats no control character. */
    public static void assertReadable(InvalidQueryException e, String text) {
        String message = e.getMessage();
        String context = "for " + shown(text) + ": " + shown(message);
        assertTrue(message.length() <= 200, "a short message " + context);
        assertTrue(message.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT),
                "one line without control characters " + context);
        assertTrue(!message.contains("Encountered") && !message.contains("Was expecting") && !message.contains("Cannot parse"),
                "nothing of the parser's internals " + context);
    }

    /** The text with its invisible characters written as escapes, for a failure message. */
    public static String shown(String text) {
        StringBuilder shown = new StringBuilder("'");
        text.codePoints().forEach(c -> shown.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                ? String.format("\\u%04X", c) : Character.toString(c)));
        return shown.append('\'').toString();
    }
}
