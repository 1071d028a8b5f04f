package org.presswatch.analysis.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * One field of an article (its title or its text) read once for every stage of the analysis:
 * the NFC text, its folded form, and its words with their offsets, hashes and diacritic
 * signatures. Words are maximal runs of letters and digits; in the scripts written without
 * spaces (Chinese, Japanese kana, Thai, Lao, Khmer) every character is a word of its own, so that
 * a phrase in those scripts is found wherever its characters occur in a row.
 *
 * <p>Reading the text once and keeping flat arrays is what lets the whole analysis run at a
 * good fraction of the speed of bare tokenization. Immutable after construction and safe to
 * share between threads.
 */
public final class TextView {
    private static final int TABLE_SIZE = 0x2000;
    private static final byte SEPARATOR = 0;
    private static final byte WORD = 1;
    private static final byte UNSPACED = 2;
    private static final byte[] KIND = new byte[TABLE_SIZE];
    /** Vietnamese written with its diacritics has a marked letter in most words; French has few. */
    private static final double MARKED_SHARE = 0.12;

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            KIND[c] = computeKind(c);
        }
    }

    private final String text;
    private final char[] folded;
    private int[] starts;
    private int[] ends;
    private int[] hashes;
    private long[] signatures;
    private int size;
    private final boolean writtenWithDiacritics;

    private TextView(String text) {
        this.text = text;
        int length = text.length();
        this.folded = new char[length];
        int capacity = Math.max(4, length / 5);
        starts = new int[capacity];
        ends = new int[capacity];
        hashes = new int[capacity];
        signatures = new long[capacity];
        int letters = 0;
        int marked = 0;
        int start = -1;
        int hash = 0;
        long signature = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            char f = TextFolding.fold(c);
            folded[i] = f;
            byte kind = kind(c);
            if (kind != WORD && start >= 0) {
                add(start, i, hash, signature);
                start = -1;
            }
            if (kind == SEPARATOR) {
                continue;
            }
            long marks = TextFolding.marks(c);
            if (marks != 0) {
                marked++;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
            if (kind == UNSPACED) {
                add(i, i + 1, f, marks);
            } else if (start < 0) {
                start = i;
                hash = f;
                signature = marks;
            } else {
                hash = 31 * hash + f;
                signature += marks;
            }
        }
        if (start >= 0) {
            add(start, length, hash, signature);
        }
        this.writtenWithDiacritics = letters > 0 && marked >= letters * MARKED_SHARE;
    }

    /** The view of a text, normalized to NFC first when it is not already. */
    public static TextView of(String text) {
        return new TextView(Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    private void add(int start, int end, int hash, long signature) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
            signatures = Arrays.copyOf(signatures, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        hashes[size] = hash;
        signatures[size] = signature;
        size++;
    }

    /** The (NFC) text; offsets of words and matches point into it. */
    public String text() {
        return text;
    }

    /** The number of words. */
    public int size() {
        return size;
    }

    public int start(int word) {
        return starts[word];
    }

    public int end(int word) {
        return ends[word];
    }

    /** The hash of the folded word: equal for words that fold alike, as {@link String#hashCode} of the folded word. */
    public int hash(int word) {
        return hashes[word];
    }

    /** The word's {@linkplain TextFolding#signature diacritic signature}. */
    public long signature(int word) {
        return signatures[word];
    }

    /** True when the word folds to exactly {@code foldedWord}. */
    public boolean foldsTo(int word, char[] foldedWord) {
        int start = starts[word];
        if (ends[word] - start != foldedWord.length) {
            return false;
        }
        for (int k = 0; k < foldedWord.length; k++) {
            if (folded[start + k] != foldedWord[k]) {
                return false;
            }
        }
        return true;
    }

    /** The folded word as a string (allocates; for features, not for matching). */
    public String foldedWord(int word) {
        return new String(folded, starts[word], ends[word] - starts[word]);
    }

    public boolean startsWithCapital(int word) {
        return Character.isUpperCase(text.charAt(starts[word]));
    }

    /**
     * True when most words carry their diacritics: a bare word in such a text is really bare
     * ("kỳ thi", the exam, is not "kỳ thị", discrimination).
     */
    public boolean writtenWithDiacritics() {
        return writtenWithDiacritics;
    }

    /** The index of the first word starting at or after the char offset; {@link #size()} when none does. */
    public int wordAt(int offset) {
        int i = Arrays.binarySearch(starts, 0, size, offset);
        return i >= 0 ? i : -i - 1;
    }

    private static byte kind(char c) {
        return c < TABLE_SIZE ? KIND[c] : computeKind(c);
    }

    private static byte computeKind(char c) {
        // supplementary characters (rare ideographs, emoji) separate words
        if (Character.isSurrogate(c) || !Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
            return SEPARATOR;
        }
        return switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER -> UNSPACED;
            default -> WORD;
        };
    }
}
