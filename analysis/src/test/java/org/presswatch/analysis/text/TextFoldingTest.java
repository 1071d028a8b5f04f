package org.presswatch.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presswatch.analysis.text.VietnameseWords.Syllable;
import org.presswatch.core.testing.Randomness;
import org.presswatch.core.util.Folding;

class TextFoldingTest {
    /** The twelve Vietnamese vowel letters, each with the plain letter it folds to. */
    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String BASES = "aaaeeiooouuy";

    @Test
    void foldsAWholeVietnameseSentence() {
        String text = "Ngư dân Đặng Văn Hưởng (Lý Sơn) kể: “Tàu lạ áp sát gần quần đảo Trường Sa, Hoàng Sa!”";
        assertEquals("ngu dan dang van huong (ly son) ke: “tau la ap sat gan quan dao truong sa, hoang sa!”", TextFolding.fold(text));
    }

    @Test
    void foldsEveryVietnameseVowelInEveryToneAndCaseToItsPlainLetter() {
        int letters = 0;
        for (int v = 0; v < VOWELS.length(); v++) {
            for (String tone : VietnameseWords.TONES) {
                String lower = Normalizer.normalize(VOWELS.charAt(v) + tone, Normalizer.Form.NFC);
                assertEquals(1, lower.length(), "every Vietnamese vowel with its tone is one precomposed char: " + lower);
                for (char c : new char[] {lower.charAt(0), Character.toUpperCase(lower.charAt(0))}) {
                    letters++;
                    assertEquals(BASES.charAt(v), TextFolding.fold(c), "fold of " + c + " (U+" + Integer.toHexString(c) + ")");
                    boolean plain = c == BASES.charAt(v) || c == Character.toUpperCase(BASES.charAt(v));
                    assertEquals(!plain, TextFolding.hasMark(c), "hasMark of " + c);
                }
            }
        }
        assertEquals(12 * 6 * 2, letters);
    }

    @Test
    void dWithStrokeFoldsToDAndCountsAsMarked() {
        assertEquals('d', TextFolding.fold('đ'));
        assertEquals('d', TextFolding.fold('Đ'));
        assertTrue(TextFolding.hasMark('đ'), "đ is a marked letter");
        assertTrue(TextFolding.hasMark('Đ'), "Đ is a marked letter");
        assertFalse(TextFolding.hasMark('d'));
        assertFalse(TextFolding.hasMark('D'));
        assertEquals("dak lak, da nang, dong thap", TextFolding.fold("Đắk Lắk, ĐÀ NẴNG, Đồng Tháp"));
        assertEquals(TextFolding.signature("đ"), TextFolding.signature("Đ"));
        assertNotEquals(0, TextFolding.signature("đ"));
        assertEquals(TextFolding.signature("đi"), TextFolding.signature("Đi"));
        assertNotEquals(TextFolding.signature("đa"), TextFolding.signature("da"), "đa and da are different words");
    }

    @Test
    void asciiIsOnlyLowerCased() {
        for (char c = 0; c < 128; c++) {
            assertEquals(Character.toLowerCase(c), TextFolding.fold(c), "fold of ASCII " + (int) c);
            assertFalse(TextFolding.hasMark(c), "ASCII " + (int) c + " has no mark");
        }
        assertEquals("", TextFolding.fold(""));
        assertEquals(0, TextFolding.signature(""));
    }

    @Test
    void marksOfOtherLatinLanguagesFoldToo() {
        assertEquals("hanoi, francais, ubersee, senor", TextFolding.fold("Hanoï, Français, Übersee, Señor"));
        for (char c : "ïçüñéèàÉÇ".toCharArray()) {
            assertTrue(TextFolding.hasMark(c), c + " is marked");
        }
        for (char c : "ßæøłıĳ西Жω".toCharArray()) {
            assertFalse(TextFolding.hasMark(c), c + " has no combining mark to remove");
        }
    }

    @Test
    void otherScriptsAreOnlyLowerCased() {
        assertEquals("西沙群岛", TextFolding.fold("西沙群岛"));
        assertEquals("вьетнам", TextFolding.fold("Вьетнам"));
        assertEquals("กัมพูชา", TextFolding.fold("กัมพูชา"));
        assertEquals("한국", TextFolding.fold("한국"), "Hangul syllables must not be decomposed into jamo (that would change the length)");
    }

    @Test
    void foldIsIdempotentOnEveryNfcCharOfTheBasicPlane() {
        for (int i = 0; i <= 0xFFFF; i++) {
            char c = (char) i;
            if (Character.isSurrogate(c) || !Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC)) {
                continue;
            }
            char folded = TextFolding.fold(c);
            assertEquals(folded, TextFolding.fold(folded), () -> String.format("fold(fold(U+%04X)) != fold(U+%04X)", (int) c, (int) c));
        }
    }

    @Test
    void foldIgnoresCaseForEveryLetterBelowU2000() {
        for (char c = 0; c < 0x2000; c++) {
            char upper = Character.toUpperCase(c);
            if (Character.isLetter(c) && Character.toLowerCase(upper) == c) {
                char lower = c;
                assertEquals(TextFolding.fold(lower), TextFolding.fold(upper),
                        () -> String.format("U+%04X and its capital U+%04X fold differently", (int) lower, (int) upper));
            }
        }
    }

    @Test
    void signatureIsTheSameForBothTonePlacements() {
        assertEquals(TextFolding.signature("hòa"), TextFolding.signature("hoà"));
        assertEquals(TextFolding.signature("Hòa"), TextFolding.signature("hoà"), "case does not change the signature");
        assertEquals(TextFolding.signature("thủy"), TextFolding.signature("thuỷ"));
        assertEquals(TextFolding.signature("Khánh Hòa"), TextFolding.signature("Khánh Hoà"));
        assertEquals(TextFolding.signature("Thanh Hóa"), TextFolding.signature("Thanh Hoá"));
        assertEquals(TextFolding.signature("quý"), TextFolding.signature("qúy"));
        assertEquals(TextFolding.signature("à"), TextFolding.signature("hoà"), "the mark is the signature, not the letter carrying it");
    }

    @Test
    void signatureTellsDifferentWordsApart() {
        assertNotEquals(TextFolding.signature("bàn"), TextFolding.signature("bạn"), "bàn (table) is not bạn (friend)");
        assertNotEquals(TextFolding.signature("mả"), TextFolding.signature("mã"));
        assertNotEquals(TextFolding.signature("hòa"), TextFolding.signature("hóa"));
        assertNotEquals(TextFolding.signature("thi"), TextFolding.signature("thị"), "thi (exam) is not thị");
        assertNotEquals(TextFolding.signature("ban"), TextFolding.signature("bàn"));
        assertNotEquals(TextFolding.signature("o"), TextFolding.signature("ơ"), "quality marks count: o, ô, ơ differ");
        assertNotEquals(TextFolding.signature("ô"), TextFolding.signature("ơ"));
        assertEquals(0, TextFolding.signature("ban"));
        assertEquals(0, TextFolding.signature("Paracel 117"));
    }

    @Test
    void signatureCountsEveryMarkOfTheSpan() {
        assertEquals(TextFolding.signature("đ") + TextFolding.signature("à") + TextFolding.signature("ẵ"), TextFolding.signature("Đà Nẵng"));
        assertEquals(TextFolding.signature("ơ") * 2 + TextFolding.signature("à"), TextFolding.signature("người"),
                "ư and ờ both carry the horn; ờ also the grave");
        assertNotEquals(TextFolding.signature("người"), TextFolding.signature("ngời"), "two horns are not one");
        assertEquals(TextFolding.signature("â") + TextFolding.signature("ạ"), TextFolding.signature("Ậ"));
    }

    /** Random strings of any code points, unpaired surrogates included: the fold keeps every offset. */
    @Test
    void randomizedFoldPreservesLengthAndOffsets() {
        Randomness.run("randomizedFoldPreservesLengthAndOffsets", random -> {
            for (int iter = 0; iter < Randomness.iterations(500); iter++) {
                String text = randomUnicode(random, random.nextInt(60));
                String folded = TextFolding.fold(text);
                assertEquals(text.length(), folded.length(), () -> "length changed for " + escape(text));
                for (int i = 0; i < text.length(); i++) {
                    assertEquals(TextFolding.fold(text.charAt(i)), folded.charAt(i), "char " + i + " of " + escape(text));
                }
                String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
                assertEquals(TextFolding.fold(nfc), TextFolding.fold(TextFolding.fold(nfc)), () -> "fold is not idempotent on " + escape(nfc));
                TextFolding.signature(text); // must not throw on any input
            }
        });
    }

    /** On Vietnamese text the analysis fold agrees with core's folding of names. */
    @Test
    void randomizedFoldAgreesWithCoreFoldingOnVietnamese() {
        Randomness.run("randomizedFoldAgreesWithCoreFoldingOnVietnamese", random -> {
            for (int iter = 0; iter < Randomness.iterations(500); iter++) {
                StringBuilder text = new StringBuilder();
                int words = 1 + random.nextInt(12);
                for (int w = 0; w < words; w++) {
                    String word = VietnameseWords.syllable(random).render();
                    text.append(random.nextInt(4) == 0 ? VietnameseWords.capitalize(word) : random.nextInt(10) == 0 ? word.toUpperCase(Locale.ROOT) : word);
                    text.append(VietnameseWords.pick(random, java.util.List.of(" ", " ", ", ", ". ", " - ", "\n", "(")));
                }
                String s = text.toString();
                assertEquals(Folding.stripDiacritics(s).toLowerCase(Locale.ROOT), TextFolding.fold(s), s);
            }
        });
    }

    /** Any syllable in either tone placement has one signature; a different tone gives another. */
    @Test
    void randomizedSignaturesOfTonePlacementsAndTones() {
        Randomness.run("randomizedSignaturesOfTonePlacementsAndTones", random -> {
            for (int iter = 0; iter < Randomness.iterations(1000); iter++) {
                Syllable s = VietnameseWords.syllable(random);
                String written = s.render();
                String other = s.otherPlacement();
                assertEquals(written.length(), other.length(), written + " / " + other);
                assertEquals(TextFolding.fold(written), TextFolding.fold(other), written + " / " + other);
                assertEquals(TextFolding.signature(written), TextFolding.signature(other), written + " / " + other);
                assertEquals(TextFolding.signature(written), TextFolding.signature(VietnameseWords.capitalize(other)), written);
                Set<Long> signatures = new HashSet<>();
                for (String tone : VietnameseWords.TONES) {
                    signatures.add(TextFolding.signature(s.withTone(tone).render()));
                }
                assertEquals(6, signatures.size(), "the six tones of " + written + " must give six signatures: " + signatures);
            }
        });
    }

    private static String randomUnicode(Random random, int length) {
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            int cp = switch (random.nextInt(8)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> 0x80 + random.nextInt(0x2000 - 0x80); // Latin, Greek, Cyrillic, combining marks, Vietnamese
                case 2 -> 0x1EA0 + random.nextInt(0x5A); // Vietnamese precomposed letters
                case 3 -> 0x0300 + random.nextInt(0x70); // combining marks on their own
                case 4 -> 0x2000 + random.nextInt(0xD800 - 0x2000); // symbols, CJK, Hangul
                case 5 -> 0xD800 + random.nextInt(0x800); // an unpaired surrogate
                case 6 -> 0xE000 + random.nextInt(0x10000 - 0xE000); // private use, compatibility forms, fullwidth
                default -> 0x10000 + random.nextInt(Character.MAX_CODE_POINT - 0x10000); // supplementary planes
            };
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(String.format("\\u%04X", c)));
        return out.toString();
    }
}
