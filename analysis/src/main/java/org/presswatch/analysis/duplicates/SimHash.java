package org.presswatch.analysis.duplicates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.presswatch.analysis.text.TextFolding;

/**
 * 64-bit SimHash fingerprints of article text: folded words (each Chinese character counting as
 * a word, as Chinese has no spaces) in overlapping two-word shingles, each hashed and weighted by
 * its count. Two articles that differ only in boilerplate, a headline tweak or a translation note
 * share most shingles and so most bits; see {@link #distance}. Stateless and thread-safe.
 */
public final class SimHash {
    /**
     * Fingerprints at most this many bits apart are treated as the same story. News articles are
     * short, so a few added sentences move more bits than the 3 usual for whole web pages: on the
     * demo corpus such edits move at most 12 bits, while distinct articles stay 17 or more apart.
     */
    public static final int NEAR_DUPLICATE_BITS = 12;
    private static final int SHINGLE = 2;

    private SimHash() {}

    public static long fingerprint(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return 0;
        }
        Map<Long, Integer> counts = new HashMap<>();
        int shingles = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            StringBuilder shingle = new StringBuilder();
            for (int k = i; k < Math.min(words.size(), i + SHINGLE); k++) {
                shingle.append(words.get(k)).append(' ');
            }
            counts.merge(hash64(shingle), 1, Integer::sum);
        }
        int[] votes = new int[64];
        counts.forEach((hash, count) -> {
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((hash >>> bit) & 1L) == 1L ? count : -count;
            }
        });
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    /** The number of differing bits. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static List<String> words(String text) {
        String folded = TextFolding.fold(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            boolean letter = !han && Character.isLetterOrDigit(c);
            if (!letter && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            if (han) {
                words.add(String.valueOf(c));
            } else if (letter && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /** FNV-1a over the chars, then a 64-bit finalizer so that nearby strings spread over all bits. */
    private static long hash64(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
