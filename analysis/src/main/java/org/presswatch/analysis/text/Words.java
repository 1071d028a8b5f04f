package org.presswatch.analysis.text;

import java.util.ArrayList;
import java.util.List;

/** Word boundaries for matching: maximal runs of letters and digits, as [start, end) offsets. */
final class Words {
    private Words() {}

    static List<int[]> of(CharSequence text) {
        List<int[]> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            boolean inWord = Character.isLetterOrDigit(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK;
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(new int[] {start, i});
                start = -1;
            }
        }
        if (start >= 0) {
            words.add(new int[] {start, text.length()});
        }
        return words;
    }
}
