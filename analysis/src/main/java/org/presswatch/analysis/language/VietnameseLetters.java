package org.presswatch.analysis.language;

/**
 * Vietnamese is the one language written with letters such as ơ, ư, đ and the stacked tone marks
 * (ế, ặ, ổ): a short title with a few of them is Vietnamese even where a statistical model, which
 * needs more text, hesitates.
 */
final class VietnameseLetters {
    private static final String DISTINCTIVE = "ăắằẳẵặâấầẩẫậđêếềểễệôốồổỗộơớờởỡợưứừửữựảẻỉỏủỷẽĩõũỹạẹịọụỵ";
    private static final double MIN_SHARE = 0.04;

    private VietnameseLetters() {}

    static boolean isVietnamese(String text) {
        int letters = 0;
        int distinctive = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (Character.isLetter(c)) {
                letters++;
                if (DISTINCTIVE.indexOf(c) >= 0) {
                    distinctive++;
                }
            }
        }
        return distinctive >= 2 && distinctive >= letters * MIN_SHARE;
    }
}
