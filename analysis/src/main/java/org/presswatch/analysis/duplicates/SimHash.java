package org.presswatch.analysis.duplicates;

import org.presswatch.analysis.text.ArticleText;
import org.presswatch.analysis.text.TextView;

/**
 * 64-bit SimHash fingerprints of article text: folded words (each Chinese character counting as
 * a word, as Chinese has no spaces; see {@link TextView}) in overlapping two-word shingles, each
 * hashed and counted as often as it occurs. Two articles that differ only in boilerplate, a headline tweak or a translation note
 * share most shingles and so most bits; see {@link #distance}. Stateless and thread-safe.
 */
public final class SimHash {
    /**
     * Fingerprints at most this many bits apart are treated as the same story. News articles are
     * short, so a few added sentences move more bits than the 3 usual for whole web pages: on the
     * demo corpus such edits move at most 12 bits, while distinct articles stay 17 or more apart.
     */
    public static final int NEAR_DUPLICATE_BITS = 12;

    private SimHash() {}

    public static long fingerprint(String text) {
        return fingerprint(ArticleText.of("", text));
    }

    /** The fingerprint of the title followed by the text. */
    public static long fingerprint(ArticleText article) {
        TextView title = article.title();
        TextView body = article.body();
        int words = title.size() + body.size();
        if (words == 0) {
            return 0;
        }
        BitVotes votes = new BitVotes();
        int previous = 0;
        for (int i = 0; i < words; i++) {
            int hash = i < title.size() ? title.hash(i) : body.hash(i - title.size());
            if (i > 0 || words == 1) {
                // a text of one word is its own one shingle
                votes.add(mix(((long) previous << 32) | (hash & 0xFFFFFFFFL)));
            }
            previous = hash;
        }
        return votes.majority();
    }

    /** The number of differing bits. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** The 64-bit finalizer of MurmurHash3, so that nearby word pairs spread over all bits. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /**
     * Counts, for each of the 64 bits, how many hashes set it: eight byte-wide counters per long
     * add eight bits at once, and are emptied into ints before they can overflow.
     */
    private static final class BitVotes {
        private static final long LOW_BIT_OF_EACH_BYTE = 0x0101010101010101L;
        private static final int BYTE_CAPACITY = 255;
        private final long[] lanes = new long[8];
        private final int[] ones = new int[64];
        private int pending;
        private int total;

        void add(long hash) {
            for (int j = 0; j < 8; j++) {
                lanes[j] += (hash >>> j) & LOW_BIT_OF_EACH_BYTE;
            }
            total++;
            if (++pending == BYTE_CAPACITY) {
                flush();
            }
        }

        private void flush() {
            for (int j = 0; j < 8; j++) {
                for (int b = 0; b < 8; b++) {
                    ones[8 * b + j] += (int) ((lanes[j] >>> (8 * b)) & 0xFF);
                }
                lanes[j] = 0;
            }
            pending = 0;
        }

        /** The bits set by more than half of the hashes. */
        long majority() {
            flush();
            long fingerprint = 0;
            for (int bit = 0; bit < 64; bit++) {
                if (2 * ones[bit] > total) {
                    fingerprint |= 1L << bit;
                }
            }
            return fingerprint;
        }
    }
}
