package org.presswatch.analysis.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.presswatch.core.util.Validate;

/**
 * Finds many phrases at once in a text, at word boundaries, the way people write Vietnamese and
 * foreign names: with or without diacritics, in either tone placement. A word written with
 * diacritics must carry the phrase's own ("Bàn" never matches "Bạn"); a word written without
 * matches either, unless the text as a whole is written with diacritics, where a bare word is
 * really bare ("kỳ thi", the exam, is not "kỳ thị", discrimination). Case-sensitive phrases need
 * the same capital letters at the start of each word, which separates the province Hòa Bình from
 * "hòa bình" (peace). Phrases in scripts without spaces (Chinese) match wherever their
 * characters occur in a row (see {@link TextView}).
 *
 * <p>Within a group, at each position the longest phrase wins and matches never overlap, so a
 * longer name that contains a shorter one (Thái Bình Dương, the Pacific, around Thái Bình) is
 * found as itself; phrases of different groups (the rules of different topics) match
 * independently. Lookup is one hash probe per word of the text. Immutable and thread-safe once
 * built.
 *
 * @param <T> what a phrase stands for (a province code, a topic rule)
 */
public final class PhraseMatcher<T> {
    /**
     * A phrase to look for, what it stands for, and its group (0 unless several independent
     * vocabularies share one matcher).
     */
    public record Phrase<T>(String text, boolean caseSensitive, T payload, int group) {
        public Phrase {
            Validate.notBlank(text, "phrase");
            Validate.notNull(payload, "payload");
            Validate.isTrue(group >= 0, "group must not be negative, was %s", group);
        }

        public Phrase(String text, boolean caseSensitive, T payload) {
            this(text, caseSensitive, payload, 0);
        }
    }

    /** A phrase found at chars [start, end) of the text, words [firstWord, endWord). */
    public record Match<T>(int start, int end, int firstWord, int endWord, Phrase<T> phrase) {}

    private record Compiled<T>(Phrase<T> phrase, int[] hashes, char[][] words, long[] signatures, boolean[] capitalized) {
        int length() {
            return hashes.length;
        }
    }

    private final int groups;
    /** Open addressing on the hash of the first word; each slot lists its phrases longest first. */
    private final int[] keys;
    private final List<Compiled<T>>[] slots;
    private final int mask;

    @SuppressWarnings("unchecked")
    public PhraseMatcher(List<Phrase<T>> phrases) {
        List<Compiled<T>> compiled = new ArrayList<>();
        int maxGroup = 0;
        for (Phrase<T> phrase : phrases) {
            compiled.add(compile(phrase));
            maxGroup = Math.max(maxGroup, phrase.group());
        }
        this.groups = maxGroup + 1;
        int capacity = Integer.highestOneBit(Math.max(4, compiled.size() * 2)) * 2;
        this.keys = new int[capacity];
        this.slots = new List[capacity];
        this.mask = capacity - 1;
        for (Compiled<T> c : compiled) {
            int slot = probe(c.hashes[0]);
            if (slots[slot] == null) {
                keys[slot] = c.hashes[0];
                slots[slot] = new ArrayList<>();
            }
            slots[slot].add(c);
        }
        for (List<Compiled<T>> list : slots) {
            if (list != null) {
                list.sort(Comparator.comparingInt((Compiled<T> c) -> c.length()).reversed());
            }
        }
    }

    private static <T> Compiled<T> compile(Phrase<T> phrase) {
        TextView view = TextView.of(phrase.text());
        int n = view.size();
        if (n == 0) {
            throw new IllegalArgumentException("phrase '" + phrase.text() + "' has no words");
        }
        int[] hashes = new int[n];
        char[][] words = new char[n][];
        long[] signatures = new long[n];
        boolean[] capitalized = new boolean[n];
        for (int i = 0; i < n; i++) {
            hashes[i] = view.hash(i);
            words[i] = view.foldedWord(i).toCharArray();
            signatures[i] = view.signature(i);
            capitalized[i] = view.startsWithCapital(i);
        }
        return new Compiled<>(phrase, hashes, words, signatures, capitalized);
    }

    /** The slot of a hash: its own when present, else the empty one where it would go. */
    private int probe(int hash) {
        int slot = mix(hash) & mask;
        while (slots[slot] != null && keys[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** All matches in the text, in order of position; matches of one group never overlap. */
    public List<Match<T>> find(String text) {
        return find(TextView.of(text));
    }

    /** All matches in the view, in order of position; matches of one group never overlap. */
    public List<Match<T>> find(TextView view) {
        List<Match<T>> matches = new ArrayList<>();
        int[] freeFrom = new int[groups];
        boolean marked = view.writtenWithDiacritics();
        for (int i = 0, n = view.size(); i < n; i++) {
            List<Compiled<T>> candidates = slots[probe(view.hash(i))];
            if (candidates == null) {
                continue;
            }
            for (Compiled<T> c : candidates) {
                int group = c.phrase.group();
                if (i >= freeFrom[group] && matchesAt(c, view, i, marked)) {
                    int end = i + c.length();
                    matches.add(new Match<>(view.start(i), view.end(end - 1), i, end, c.phrase));
                    freeFrom[group] = end;
                }
            }
        }
        return matches;
    }

    private static boolean matchesAt(Compiled<?> c, TextView view, int at, boolean marked) {
        if (at + c.length() > view.size()) {
            return false;
        }
        for (int k = 0; k < c.length(); k++) {
            int w = at + k;
            if (view.hash(w) != c.hashes[k] || !view.foldsTo(w, c.words[k])) {
                return false;
            }
            long signature = view.signature(w);
            if ((marked || signature != 0) && signature != c.signatures[k]) {
                return false;
            }
            if (c.phrase.caseSensitive() && c.capitalized[k] && !view.startsWithCapital(w)) {
                return false;
            }
        }
        return true;
    }
}
