package org.presswatch.analysis.gazetteer;

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

    CapitalMetonymy(List<String> names, List<String> governmentWords, List<String> otherCapitals) {
        this.names = names.stream().map(CapitalMetonymy::key).collect(Collectors.toUnmodifiableSet());
        this.governmentWords = governmentWords.stream().map(CapitalMetonymy::key).toList();
        this.otherCapitals = otherCapitals.stream().map(CapitalMetonymy::key).toList();
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
        for (String word : governmentWords) {
            if (startsWithWord(after, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithWord(String text, String word) {
        return text.startsWith(word) && (text.length() == word.length() || !Character.isLetterOrDigit(text.charAt(word.length())));
    }

    private static String key(String s) {
        return TextFolding.fold(s).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
