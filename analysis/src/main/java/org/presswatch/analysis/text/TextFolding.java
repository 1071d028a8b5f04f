package org.presswatch.analysis.text;

import java.text.Normalizer;

/**
 * Length-preserving folding of NFC text for matching: every char maps to exactly one char, so
 * offsets found in the folded text are offsets in the original. Vietnamese letters lose their
 * diacritics (đ becomes d) and everything is lower-cased.
 *
 * <p>Also gives a word's diacritic signature: the marks it carries regardless of which vowel
 * carries them, so that the two tone placements writers mix ("hoà", "hòa") compare equal while
 * different words ("bàn", "bạn") do not. A signature counts each kind of mark in its own four
 * bits, so the signature of a span is the sum of its chars' and costs one table lookup a char.
 */
public final class TextFolding {
    private static final int TABLE_SIZE = 0x2000;
    private static final char[] FOLDED = new char[TABLE_SIZE];
    private static final long[] MARKS = new long[TABLE_SIZE];
    /**
     * The marks Vietnamese distinguishes, each with a slot of its own (slot 0 is đ's stroke);
     * the marks of other languages share the remaining slots, which can only make two foreign
     * spellings compare equal, never two Vietnamese ones.
     */
    private static final String VIETNAMESE_MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B";
    private static final int SHARED_SLOTS_FROM = 1 + VIETNAMESE_MARKS.length();
    private static final int SLOTS = 16;

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            FOLDED[c] = computeFold(c);
            MARKS[c] = computeMarks(c);
        }
    }

    private TextFolding() {}

    public static char fold(char c) {
        return c < TABLE_SIZE ? FOLDED[c] : Character.toLowerCase(c);
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
        return c < TABLE_SIZE && MARKS[c] != 0;
    }

    /** The signature of one char: zero for a char without marks. */
    static long marks(char c) {
        return c < TABLE_SIZE ? MARKS[c] : 0;
    }

    /**
     * The diacritic marks of a span, counted by kind, or 0 when it has none. Two spans that fold
     * alike and have equal signatures are the same word spelled with the same diacritics.
     */
    public static long signature(CharSequence span) {
        long signature = 0;
        for (int i = 0; i < span.length(); i++) {
            signature += marks(span.charAt(i));
        }
        return signature;
    }

    private static char computeFold(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.isEmpty() ? c : decomposed.charAt(0);
        return Character.toLowerCase(base);
    }

    private static long computeMarks(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 1L;
        }
        if (FOLDED[c] == Character.toLowerCase(c)) {
            return 0;
        }
        String decomposed = Normalizer.normalize(String.valueOf(Character.toLowerCase(c)), Normalizer.Form.NFD);
        long marks = 0;
        for (int i = 1; i < decomposed.length(); i++) {
            char mark = decomposed.charAt(i);
            int vietnamese = VIETNAMESE_MARKS.indexOf(mark);
            int slot = vietnamese >= 0 ? 1 + vietnamese : SHARED_SLOTS_FROM + mark % (SLOTS - SHARED_SLOTS_FROM);
            marks += 1L << (4 * slot);
        }
        return marks;
    }
}
