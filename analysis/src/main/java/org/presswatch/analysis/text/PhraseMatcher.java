package org.presswatch.analysis.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.presswatch.core.util.Validate;

/**
 * Finds many phrases at once in a text, at word boundaries, the way people write Vietnamese and
 * foreign names: with or without diacritics, in either tone placement. A word written with
 * diacritics must carry the phrase's own ("Bàn" never matches "Bạn"); a word written without
 * matches either, unless the text as a whole is written with diacritics, where a bare word is
 * really bare ("kỳ thi", the exam, is not "kỳ thị", discrimination). Case-sensitive phrases need the same capital letters at the start of each
 * word, which separates the province Hòa Bình from "hòa bình" (peace). Phrases in scripts
 * without spaces (Chinese) are matched as substrings.
 *
 * <p>At each position the longest phrase wins and matches never overlap, so a longer name that
 * contains a shorter one (Thái Bình Dương, the Pacific, around Thái Bình) is found as itself.
 * Immutable and thread-safe once built.
 *
 * @param <T> what a phrase stands for (a province code, a topic rule)
 */
public final class PhraseMatcher<T> {
    /** A phrase to look for, and what it stands for. */
    public record Phrase<T>(String text, boolean caseSensitive, T payload) {
        public Phrase {
            Validate.notBlank(text, "phrase");
            Validate.notNull(payload, "payload");
        }
    }

    /** A phrase found at [start, end) of the text. */
    public record Match<T>(int start, int end, Phrase<T> phrase) {}

    private record Compiled<T>(Phrase<T> phrase, String[] words, String[] signatures, boolean[] capitalized) {}

    private static final double MARKED_SHARE = 0.12;

    private final Map<String, List<Compiled<T>>> byFirstWord = new HashMap<>();
    private final List<Phrase<T>> unspaced = new ArrayList<>();

    public PhraseMatcher(List<Phrase<T>> phrases) {
        for (Phrase<T> phrase : phrases) {
            if (isUnspacedScript(phrase.text())) {
                unspaced.add(phrase);
                continue;
            }
            List<int[]> words = Words.of(phrase.text());
            if (words.isEmpty()) {
                throw new IllegalArgumentException("phrase '" + phrase.text() + "' has no words");
            }
            String[] folded = new String[words.size()];
            String[] signatures = new String[words.size()];
            boolean[] capitalized = new boolean[words.size()];
            for (int i = 0; i < words.size(); i++) {
                String word = phrase.text().substring(words.get(i)[0], words.get(i)[1]);
                folded[i] = TextFolding.fold(word);
                signatures[i] = TextFolding.signature(word);
                capitalized[i] = Character.isUpperCase(word.charAt(0));
            }
            byFirstWord.computeIfAbsent(folded[0], k -> new ArrayList<>())
                    .add(new Compiled<>(phrase, folded, signatures, capitalized));
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Compiled<T> c) -> c.words.length).reversed()));
        unspaced.sort(Comparator.comparingInt((Phrase<T> p) -> p.text().length()).reversed());
    }

    /** All matches in the text, non-overlapping, in order of position. */
    public List<Match<T>> find(String text) {
        List<Match<T>> matches = new ArrayList<>();
        List<int[]> words = Words.of(text);
        String folded = TextFolding.fold(text);
        boolean marked = isWrittenWithDiacritics(text);
        for (int i = 0; i < words.size(); ) {
            int[] w = words.get(i);
            List<Compiled<T>> candidates = byFirstWord.get(folded.substring(w[0], w[1]));
            int consumed = 0;
            if (candidates != null) {
                for (Compiled<T> c : candidates) {
                    if (matchesAt(c, text, folded, words, i, marked)) {
                        int end = words.get(i + c.words.length - 1)[1];
                        matches.add(new Match<>(w[0], end, c.phrase));
                        consumed = c.words.length;
                        break;
                    }
                }
            }
            i += Math.max(consumed, 1);
        }
        if (!unspaced.isEmpty()) {
            findUnspaced(text, matches);
            matches.sort(Comparator.comparingInt(Match::start));
        }
        return matches;
    }

    private boolean matchesAt(Compiled<T> c, String text, String folded, List<int[]> words, int at, boolean marked) {
        if (at + c.words.length > words.size()) {
            return false;
        }
        for (int k = 0; k < c.words.length; k++) {
            int[] w = words.get(at + k);
            if (!folded.regionMatches(w[0], c.words[k], 0, c.words[k].length()) || w[1] - w[0] != c.words[k].length()) {
                return false;
            }
            String signature = TextFolding.signature(text.subSequence(w[0], w[1]));
            if ((marked || !signature.isEmpty()) && !signature.equals(c.signatures[k])) {
                return false;
            }
            if (c.phrase.caseSensitive() && c.capitalized[k] && !Character.isUpperCase(text.charAt(w[0]))) {
                return false;
            }
        }
        return true;
    }

    /** Vietnamese written with its diacritics has a marked letter in most words; French has few. */
    private static boolean isWrittenWithDiacritics(String text) {
        int letters = 0;
        int marked = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (TextFolding.hasMark(c)) {
                    marked++;
                }
            }
        }
        return letters > 0 && marked >= letters * MARKED_SHARE;
    }

    private void findUnspaced(String text, List<Match<T>> matches) {
        boolean[] taken = new boolean[text.length()];
        for (Phrase<T> phrase : unspaced) {
            for (int at = text.indexOf(phrase.text()); at >= 0; at = text.indexOf(phrase.text(), at + 1)) {
                int end = at + phrase.text().length();
                boolean free = true;
                for (int i = at; i < end && free; i++) {
                    free = !taken[i];
                }
                if (free) {
                    java.util.Arrays.fill(taken, at, end, true);
                    matches.add(new Match<>(at, end, phrase));
                }
            }
        }
    }

    private static boolean isUnspacedScript(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.THAI
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LAO
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KHMER);
    }
}
