package org.presswatch.analysis.gazetteer;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.presswatch.analysis.text.TextFolding;

/**
 * Tells the capital as a city ("a court in Hanoi") from the capital as the government
 * ("Hanoi protested", "Beijing and Hanoi"), which foreign reporting uses constantly and which
 * must not make every diplomatic story an article about Hà Nội. Thread-safe.
 */
final class CapitalMetonymy {
    private final Set<String> names;
    private final List<String> governmentWords;
    private final List<String> otherCapitals;
    private final List<String> fillers;

    /**
     * @param fillers words that may stand between the name and its government word ("also" in
     *     "Hanoi also pledged"); longer ones are tried first
     */
    CapitalMetonymy(List<String> names, List<String> governmentWords, List<String> otherCapitals, List<String> fillers) {
        this.names = names.stream().map(CapitalMetonymy::key).collect(Collectors.toUnmodifiableSet());
        this.governmentWords = governmentWords.stream().map(CapitalMetonymy::key).toList();
        this.otherCapitals = otherCapitals.stream().map(CapitalMetonymy::key).toList();
        this.fillers = fillers.stream().map(CapitalMetonymy::key).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** True when the name at [start, end) of the text stands for the government, not the city. */
    boolean standsForGovernment(String text, int start, int end) {
        if (!names.contains(key(text.substring(start, end)))) {
            return false;
        }
        String after = key(text.substring(end, Math.min(text.length(), end + 60))).stripLeading();
        if (after.startsWith("'s ") || after.startsWith("’s ")) {
            after = after.substring(3);
        }
        String before = key(text.substring(Math.max(0, start - 40), start)).stripTrailing();
        for (String other : otherCapitals) {
            if (startsWithWord(after, "and " + other) || startsWithWord(after, "va " + other)
                    || startsWithWord(after, "et " + other) || before.endsWith(other + " and") || before.endsWith(other + " va")
                    || before.endsWith(other + " et")) {
                return true;
            }
        }
        return startsWithGovernmentWord(after) || startsWithGovernmentWord(afterFiller(after));
    }

    private boolean startsWithGovernmentWord(String text) {
        for (String word : governmentWords) {
            if (startsWithWord(text, word)) {
                return true;
            }
        }
        return false;
    }

    private String afterFiller(String text) {
        for (String filler : fillers) {
            if (startsWithWord(text, filler)) {
                return text.substring(filler.length()).stripLeading();
            }
        }
        return "";
    }

    static boolean startsWithWord(String text, String word) {
        return text.startsWith(word) && (text.length() == word.length() || !Character.isLetterOrDigit(text.charAt(word.length())));
    }

    static String key(String s) {
        return TextFolding.fold(s).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
