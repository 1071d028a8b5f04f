package org.presswatch.analysis.text;

import java.text.Normalizer;

/**
 * Length-preserving folding of NFC text for matching: every char maps to exactly one char, so
 * offsets found in the folded text are offsets in the original. Vietnamese letters lose their
 * diacritics (đ becomes d) and everything is lower-cased.
 *
 * <p>Also gives a word's diacritic signature: the marks it carries regardless of which vowel
 * carries them, so that the two tone placements writers mix ("hoà", "hòa") compare equal while
 * different words ("bàn", "bạn") do not.
 */
public final class TextFolding {
    private static final char[] LATIN = new char[0x2000];

    static {
        for (char c = 0; c < LATIN.length; c++) {
            LATIN[c] = computeFold(c);
        }
    }

    private TextFolding() {}

    public static char fold(char c) {
        return c < LATIN.length ? LATIN[c] : Character.toLowerCase(c);
    }

    /** The folded form of a whole string, the same length as the input. */
    public static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    /** True when the char carries a diacritic (or is đ/Đ). */
    public static boolean hasMark(char c) {
        return fold(c) != Character.toLowerCase(c);
    }

    /**
     * The diacritic marks of a span, sorted, or an empty string when it has none. Two spans that
     * fold alike and have equal signatures are the same word spelled with the same diacritics.
     */
    public static String signature(CharSequence span) {
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < span.length(); i++) {
            char c = span.charAt(i);
            if (!hasMark(c)) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                marks.append('đ');
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(Character.toLowerCase(c)), Normalizer.Form.NFD);
            marks.append(decomposed, 1, decomposed.length());
        }
        char[] sorted = marks.toString().toCharArray();
        java.util.Arrays.sort(sorted);
        return new String(sorted);
    }

    private static char computeFold(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.isEmpty() ? c : decomposed.charAt(0);
        return Character.toLowerCase(base);
    }
}
