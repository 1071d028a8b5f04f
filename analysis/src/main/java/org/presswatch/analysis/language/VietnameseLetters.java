package org.presswatch.analysis.language;

import java.util.BitSet;

/**
 * Vietnamese is the one language written with letters such as ơ, ư, đ and the stacked tone marks
 * (ế, ặ, ổ): a short title with a few of them is Vietnamese even where a statistical model, which
 * needs more text, hesitates.
 */
final class VietnameseLetters {
    private static final String DISTINCTIVE = "ăắằẳẵặâấầẩẫậđêếềểễệôốồổỗộơớờởỡợưứừửữựảẻỉỏủỷẽĩõũỹạẹịọụỵ";
    private static final double MIN_SHARE = 0.04;
    /** Letters after which a text that already reads as Vietnamese is taken to be Vietnamese. */
    private static final int ENOUGH_LETTERS = 300;
    /** Where {@link #DISTINCTIVE}'s letters sit, for a lookup instead of a scan per character. */
    private static final BitSet IS_DISTINCTIVE = new BitSet();

    static {
        DISTINCTIVE.chars().forEach(c -> {
            IS_DISTINCTIVE.set(c);
            IS_DISTINCTIVE.set(Character.toUpperCase(c));
        });
    }

    private VietnameseLetters() {}

    static boolean isVietnamese(String text) {
        int letters = 0;
        int distinctive = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
                letters++;
                if (IS_DISTINCTIVE.get(c)) {
                    distinctive++;
                }
            }
            if (letters == ENOUGH_LETTERS && isVietnamese(letters, distinctive)) {
                // a long stretch of Vietnamese already: the rest cannot overturn it in practice
                return true;
            }
        }
        return isVietnamese(letters, distinctive);
    }

    private static boolean isVietnamese(int letters, int distinctive) {
        return distinctive >= 2 && distinctive >= letters * MIN_SHARE;
    }
}
