package org.presswatch.analysis.gazetteer;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a passing mention of a place, one that does not make the article about it, by the words
 * right before it: "du khách từ Hà Nội" (visitors from Hà Nội) in a story about Cô Tô, "the road
 * to Saigon". The words are the gazetteer's {@code passing-before} list, compared without
 * diacritics or case. The names listed after a passing one ("khách từ Hà Nội, Hải Phòng",
 * "entre Hội An et Nha Trang") are passing too. Thread-safe.
 */
final class PassingMentions {
    /** What may stand between two names of one list, without diacritics or case. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(,|;|-|–|/)?\\s*((va|and|et|or|hoac|ou)\\s+)?");
    /** Enough text before a name to hold the longest cue. */
    private final int reach;
    private final List<String> cues;

    PassingMentions(List<String> cues) {
        this.cues = cues.stream().map(CapitalMetonymy::key).sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.reach = this.cues.stream().mapToInt(String::length).max().orElse(0) + 2;
    }

    /** True when the name starting at {@code start} of the text follows one of the cues. */
    boolean isPassing(String text, int start) {
        if (cues.isEmpty()) {
            return false;
        }
        String before = CapitalMetonymy.key(text.substring(Math.max(0, start - reach), start)).stripTrailing();
        for (String cue : cues) {
            int cueStart = before.length() - cue.length();
            if (before.endsWith(cue) && (cueStart == 0 || !Character.isLetterOrDigit(before.charAt(cueStart - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** True when the text between a previous name's end and a name's start only joins two names of one list. */
    static boolean continuesList(String text, int previousEnd, int start) {
        return start - previousEnd <= 8 && LIST_SEPARATOR.matcher(CapitalMetonymy.key(text.substring(previousEnd, start))).matches();
    }
}
