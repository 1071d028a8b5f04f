package org.presswatch.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.presswatch.core.testing.Randomness;

/** The guarded normalization against the default OpenNLP language factory's own chain of normalizers. */
class LanguageModelTextTest {
    private static final CharSequenceNormalizer OPENNLP = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());
    /** What each pattern looks for, what nearly matches it, and ordinary text between them. */
    static final String[] PIECES = {
        "😀", "🇻🇳", "𝐁𝐨𝐥𝐝", "\uD83D", "\uDE00", "\uDBFF\uDC00", "ﬁ", "Ｆｕｌｌ", "-", "a-1", "--", "https://vnexpress.net/a-1.html?x=1#p", "http:/no", "HTTP://X.Y", "a.b@c.de", "@press_office",
        "@", "#HoangSa", "#", "RT ", "rt:", "Rt: ", "art ", "part:", ":)", ";-D", "xo", "XP", "x-d", "x-", ":-", "expo", "haha", "hehehe",
        "JaJaJa", "hah", "hoh", "jhaha", "haaahaaa", "aaa", "AaA", "!!!", "...", "ooo", "ớớớ", "ĐĐđ", "𝐁𝐁𝐁", "2025", "3,5", "٣", " ", "  ",
        "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2028", "Trường Sa", "ngư dân", "the ", "survey ship", "越南渔民", "a", "h", "e", "x", "r", "t"
    };

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "  a  ", "haha", "RT @user: hi :) http://t.co/x 123 !!!", "Ha ha", "xxx", "rtrt: x", "\u0085\u0085\u0085"})
    void normalizesAsOpenNlp(String text) {
        assertEquals(OPENNLP.normalize(text).toString(), LanguageModelText.normalize(text));
    }

    /** OpenNLP keeps these, and its shrink pattern may then throw. */
    @Test
    void blanksUnpairedSurrogatesWhereOpenNlpMayThrow() {
        assertEquals("a b c", LanguageModelText.normalize("a\uD800b\uD83B\uD83Bc\uD800"));
        assertEquals("x", LanguageModelText.normalize("x \uD800\uDE00"), "a pair, U+10200, is in the emoji class");
        assertEquals("y", LanguageModelText.normalize("y\uDBFF\uDC01\uDBFF\uDC01\uDBFF\uDC01"), "U+10FC01, above the class");
    }

    /** Fewer than {@code maxPieces} random {@link #PIECES}, one after the other. */
    static String randomText(Random random, int maxPieces) {
        StringBuilder text = new StringBuilder();
        for (int p = random.nextInt(maxPieces); p > 0; p--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    @Test
    void normalizesRandomTextsAsOpenNlp() {
        Randomness.run("normalizesRandomTextsAsOpenNlp", random -> {
            for (int i = 0; i < Randomness.iterations(5_000); i++) {
                String t = randomText(random, 40);
                assertEquals(OPENNLP.normalize(t).toString(), LanguageModelText.normalize(t));
            }
        });
    }
}
