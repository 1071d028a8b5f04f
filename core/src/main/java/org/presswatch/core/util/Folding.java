package org.presswatch.core.util;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese-aware diacritic folding: "Đà Nẵng" and "Da Nang" fold to the same key, and so do
 * the two tone placements Vietnamese writers mix ("Hòa" and "Hoà"). {@code đ} is a letter of its
 * own, not a d with a combining mark, so Unicode decomposition alone would keep it.
 */
public final class Folding {
    private Folding() {}

    /** Removes diacritics and maps đ/Đ to d/D; keeps case and everything else. */
    public static String stripDiacritics(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(switch (c) {
                case 'đ' -> 'd';
                case 'Đ' -> 'D';
                default -> c;
            });
        }
        return out.toString();
    }

    /** The matching key of a name: without diacritics, lower-case, whitespace collapsed. */
    public static String key(String text) {
        return stripDiacritics(text).toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }
}
