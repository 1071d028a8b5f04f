package org.presswatch.analysis.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;

/**
 * Random Vietnamese-looking syllables for the randomized tests: an onset, a nucleus of one to
 * three vowels (with their quality marks: ă â ê ô ơ ư), a coda and one of the six tones placed on
 * any vowel of the nucleus, so the same syllable can be written in each tone placement that
 * writers mix ("hoà", "hòa"). Not every syllable is a real word; they need only look like one to
 * the matcher. Syllables never contain z, f, j or w, which tests can use to build words no
 * syllable folds to.
 */
final class VietnameseWords {
    static final List<String> ONSETS = List.of("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng",
            "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x");
    static final List<String> NUCLEI = List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uy", "ua",
            "uô", "ươ", "iê", "ai", "ao", "au", "ay", "eo", "ia", "oi", "ôi", "ơi", "ui", "ưi", "ưa", "uê", "oai", "uyê", "ươi");
    static final List<String> CODAS = List.of("", "", "c", "ch", "m", "n", "ng", "nh", "p", "t");
    /** No tone, then the five tone marks: grave, acute, hook above, tilde, dot below. */
    static final List<String> TONES = List.of("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323");

    /** A syllable before rendering; {@link #render(int)} places the tone on vowel {@code tonePosition}. */
    record Syllable(String onset, String nucleus, String coda, String tone, int tonePosition) {
        String render() {
            return render(tonePosition);
        }

        String render(int position) {
            StringBuilder s = new StringBuilder(onset);
            for (int i = 0; i < nucleus.length(); i++) {
                s.append(nucleus.charAt(i));
                if (i == position) {
                    s.append(tone);
                }
            }
            return Normalizer.normalize(s.append(coda), Normalizer.Form.NFC);
        }

        /** The same syllable with its tone on another vowel of the nucleus, or itself when there is none. */
        String otherPlacement() {
            return nucleus.length() < 2 || tone.isEmpty() ? render() : render((tonePosition + 1) % nucleus.length());
        }

        Syllable withTone(String other) {
            return new Syllable(onset, nucleus, coda, other, tonePosition);
        }
    }

    private VietnameseWords() {}

    static Syllable syllable(Random random) {
        String nucleus = pick(random, NUCLEI);
        return new Syllable(pick(random, ONSETS), nucleus, pick(random, CODAS), pick(random, TONES), random.nextInt(nucleus.length()));
    }

    /** A syllable that carries at least one mark (a tone, a quality mark or đ). */
    static Syllable markedSyllable(Random random) {
        while (true) {
            Syllable s = syllable(random);
            String text = s.render();
            for (int i = 0; i < text.length(); i++) {
                if (TextFolding.hasMark(text.charAt(i))) {
                    return s;
                }
            }
        }
    }

    static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
