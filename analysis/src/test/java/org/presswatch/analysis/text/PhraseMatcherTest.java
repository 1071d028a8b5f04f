package org.presswatch.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.presswatch.analysis.text.PhraseMatcher.Match;
import org.presswatch.analysis.text.PhraseMatcher.Phrase;
import org.presswatch.analysis.text.VietnameseWords.Syllable;
import org.presswatch.core.testing.Randomness;
import org.presswatch.core.util.Folding;

class PhraseMatcherTest {

    // ---- helpers ---------------------------------------------------------------------------

    private static Phrase<String> cs(String text, String payload) {
        return new Phrase<>(text, true, payload);
    }

    private static Phrase<String> ci(String text, String payload) {
        return new Phrase<>(text, false, payload);
    }

    @SafeVarargs
    private static PhraseMatcher<String> matcher(Phrase<String>... phrases) {
        List<Phrase<String>> list = new ArrayList<>();
        for (Phrase<String> phrase : phrases) {
            list.add(phrase);
        }
        return new PhraseMatcher<>(list);
    }

    /**
     * The matches as {@code payload:matched text@start}, after checking that every match's offsets
     * point at the text it reports and that matches are in order and do not overlap.
     */
    private static List<String> find(PhraseMatcher<String> matcher, String text) {
        List<Match<String>> matches = matcher.find(text);
        List<String> out = new ArrayList<>();
        int previousEnd = 0;
        for (Match<String> m : matches) {
            assertTrue(m.start() >= previousEnd, "matches overlap or are out of order in '" + text + "': " + matches);
            assertTrue(m.end() > m.start() && m.end() <= text.length(), "bad offsets " + m + " in '" + text + "'");
            previousEnd = m.end();
            out.add(m.phrase().payload() + ":" + text.substring(m.start(), m.end()) + "@" + m.start());
        }
        return out;
    }

    /** {@code payload:matched@start} for the first occurrence of {@code matched} in the text. */
    private static String at(String text, String payload, String matched) {
        int start = text.indexOf(matched);
        assertTrue(start >= 0, "test bug: '" + matched + "' is not in '" + text + "'");
        return payload + ":" + matched + "@" + start;
    }

    private static String nth(String text, String payload, String matched, int n) {
        int start = -1;
        for (int i = 0; i < n; i++) {
            start = text.indexOf(matched, start + 1);
        }
        assertTrue(start >= 0, "test bug: '" + matched + "' does not occur " + n + " times in '" + text + "'");
        return payload + ":" + matched + "@" + start;
    }

    // ---- basics ------------------------------------------------------------------------------

    @Test
    void emptyAndWordlessTextsHaveNoMatches() {
        PhraseMatcher<String> m = matcher(cs("Hà Nội", "01"), ci("西沙", "48"));
        assertEquals(List.of(), find(m, ""));
        assertEquals(List.of(), find(m, "  ...  ,;-- “” \n\n"));
        assertEquals(List.of(), find(m, "2025 — 12/3"));
        assertEquals(List.of(), new PhraseMatcher<String>(List.of()).find("Hà Nội"), "a matcher without phrases finds nothing");
    }

    @Test
    void offsetsPointAtTheMatchedTextWhereverItIs() {
        PhraseMatcher<String> m = matcher(cs("Hà Nội", "01"));
        assertEquals(List.of("01:Hà Nội@0"), find(m, "Hà Nội"));
        assertEquals(List.of("01:Hà Nội@0"), find(m, "Hà Nội mưa to"));
        assertEquals(List.of("01:Hà Nội@8"), find(m, "Mưa to, Hà Nội"));
        String text = "Hà Nội, Hà Nội và Hà Nội.";
        assertEquals(List.of(nth(text, "01", "Hà Nội", 1), nth(text, "01", "Hà Nội", 2), nth(text, "01", "Hà Nội", 3)), find(m, text));
    }

    @Test
    void phrasesNeedAWordAndAPayload() {
        assertThrows(IllegalArgumentException.class, () -> ci(" ", "x"), "blank phrase");
        assertThrows(IllegalArgumentException.class, () -> new Phrase<String>("Hà Nội", true, null), "null payload");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> matcher(ci("--- ...", "x")));
        assertTrue(e.getMessage().contains("--- ..."), "the error names the phrase: " + e.getMessage());
    }

    // ---- diacritics ----------------------------------------------------------------------------

    @Test
    void aWordWrittenWithDiacriticsMustCarryThePhrasesOwn() {
        PhraseMatcher<String> m = matcher(ci("bàn", "table"));
        assertEquals(List.of(), find(m, "Bạn đọc gửi thư về tòa soạn."), "bạn (friend) is not bàn (table)");
        assertEquals(List.of("table:Bàn@0"), find(m, "Bàn làm việc của ông vẫn để nguyên."));
        assertEquals(List.of(), find(m, "Bán nhà để trả nợ."), "bán (sell) is not bàn");
        assertEquals(List.of(), find(m, "Bản tin thời sự."), "bản is not bàn");
    }

    @Test
    void eitherTonePlacementMatches() {
        PhraseMatcher<String> m = matcher(cs("Khánh Hòa", "56"), cs("Thanh Hoá", "38"));
        String text = "Khánh Hoà và Thanh Hóa ký kết hợp tác.";
        assertEquals(List.of(at(text, "56", "Khánh Hoà"), at(text, "38", "Thanh Hóa")), find(m, text));
    }

    @Test
    void aBareWordInATextWithoutDiacriticsMatchesEitherWord() {
        PhraseMatcher<String> m = matcher(cs("Hà Nội", "01"));
        String english = "Heavy rain flooded streets in Ha Noi on Monday.";
        assertEquals(List.of(at(english, "01", "Ha Noi")), find(m, english), "'Ha Noi' in an English sentence is Hà Nội");
        String french = "Le ministre a visité Ha Noi la semaine dernière pour parler de commerce.";
        assertEquals(List.of(at(french, "01", "Ha Noi")), find(m, french), "a few French accents do not make the text Vietnamese");
        String bare = "Doan cong tac den Ha Noi hom qua.";
        assertEquals(List.of(at(bare, "01", "Ha Noi")), find(m, bare), "Vietnamese typed without diacritics is read as such");
    }

    @Test
    void aBareWordInATextWrittenWithDiacriticsIsReallyBare() {
        PhraseMatcher<String> m = matcher(ci("kỳ thị", "discrimination"));
        String exam = "Hơn một triệu thí sinh cả nước bước vào kỳ thi tốt nghiệp trung học phổ thông năm nay.";
        assertEquals(List.of(), find(m, exam), "kỳ thi (the exam) is not kỳ thị (discrimination)");
        String discrimination = "Nhiều học sinh người dân tộc thiểu số cho biết vẫn bị kỳ thị ở trường.";
        assertEquals(List.of(at(discrimination, "discrimination", "kỳ thị")), find(m, discrimination));
        String typedBare = "Hoc sinh bi ky thi o truong.";
        assertEquals(List.of(at(typedBare, "discrimination", "ky thi")), find(m, typedBare),
                "without diacritics anywhere the text cannot tell the two apart, so the phrase matches");

        PhraseMatcher<String> hanoi = matcher(cs("Hà Nội", "01"));
        assertEquals(List.of(), find(hanoi, "Đoàn công tác đã đến Ha Noi hôm qua."),
                "in a text written with diacritics 'Ha Noi' is some other spelling, not Hà Nội");
    }

    @Test
    void phrasesWrittenWithoutDiacriticsMatchBareWordsInAnyText() {
        PhraseMatcher<String> m = matcher(cs("Paracel", "48"), ci("UNCLOS", "law"));
        String text = "Việt Nam khẳng định chủ quyền đối với Paracel theo UNCLOS năm 1982.";
        assertEquals(List.of(at(text, "48", "Paracel"), at(text, "law", "UNCLOS")), find(m, text));
        assertEquals(List.of(), find(m, "Parácel"), "a word with a mark the phrase does not have is another word");
    }

    // ---- case ------------------------------------------------------------------------------------

    @Test
    void caseSensitivePhrasesNeedTheirCapitals() {
        PhraseMatcher<String> m = matcher(cs("Hòa Bình", "25"));
        assertEquals(List.of(), find(m, "Việt Nam kiên trì giải quyết tranh chấp bằng biện pháp hòa bình."), "hòa bình is peace");
        assertEquals(List.of(), find(m, "Hòa bình là khát vọng của mọi dân tộc."), "only the first word is capitalized");
        String province = "Đoàn công tác về tỉnh Hòa Bình sáng nay.";
        assertEquals(List.of(at(province, "25", "Hòa Bình")), find(m, province));
        String headline = "LŨ QUÉT Ở HÒA BÌNH";
        assertEquals(List.of(at(headline, "25", "HÒA BÌNH")), find(m, headline), "an all-capitals headline has the capitals");
        String placement = "Tỉnh Hoà Bình";
        assertEquals(List.of(at(placement, "25", "Hoà Bình")), find(m, placement));
    }

    @Test
    void lowerCaseWordsOfACaseSensitivePhraseMatchAnyCase() {
        PhraseMatcher<String> m = matcher(cs("quần đảo Hoàng Sa", "48"));
        String text = "Quần đảo Hoàng Sa là một phần lãnh thổ Việt Nam.";
        assertEquals(List.of(at(text, "48", "Quần đảo Hoàng Sa")), find(m, text));
        assertEquals(List.of(), find(m, "quần đảo hoàng sa"), "the capitals of Hoàng Sa are still required");
    }

    @Test
    void caseInsensitivePhrasesMatchAnyCase() {
        PhraseMatcher<String> m = matcher(ci("hòa bình", "peace"));
        for (String text : List.of("hòa bình", "Hòa Bình", "HÒA BÌNH", "hÒa BìNh")) {
            assertEquals(List.of("peace:" + text + "@0"), find(m, text), text);
        }
    }

    // ---- longest match, no overlaps ------------------------------------------------------------

    @Test
    void theLongestPhraseAtAPositionWins() {
        String text = "Bão trên Thái Bình Dương không ảnh hưởng tới Thái Bình.";
        List<String> expected = List.of(at(text, "pacific", "Thái Bình Dương"), nth(text, "33", "Thái Bình", 2));
        assertEquals(expected, find(matcher(cs("Thái Bình", "33"), cs("Thái Bình Dương", "pacific")), text));
        assertEquals(expected, find(matcher(cs("Thái Bình Dương", "pacific"), cs("Thái Bình", "33")), text),
                "the order the phrases were given in does not matter");
    }

    @Test
    void aLongerPhraseThatDoesNotMatchLeavesTheShorterOne() {
        PhraseMatcher<String> m = matcher(cs("Thái Bình", "33"), cs("Thái Bình Dương", "pacific"));
        String text = "Ngư dân Thái Bình dương buồm ra khơi.";
        assertEquals(List.of(at(text, "33", "Thái Bình")), find(m, text), "'dương' is not 'Dương' for a case-sensitive phrase");
        String end = "Quê tôi ở Thái Bình";
        assertEquals(List.of(at(end, "33", "Thái Bình")), find(m, end), "a longer phrase cannot run past the end of the text");
    }

    @Test
    void matchesDoNotOverlapAndTheLeftmostStartsFirst() {
        PhraseMatcher<String> m = matcher(ci("biển Đông", "sea"), ci("Đông Nam Á", "sea-asia"));
        String text = "An ninh biển Đông Nam Á";
        assertEquals(List.of(at(text, "sea", "biển Đông")), find(m, text));
        String apart = "biển Đông và Đông Nam Á";
        assertEquals(List.of(at(apart, "sea", "biển Đông"), at(apart, "sea-asia", "Đông Nam Á")), find(m, apart));
    }

    // ---- word boundaries and punctuation ---------------------------------------------------------

    @Test
    void phrasesMatchWholeWordsOnly() {
        PhraseMatcher<String> m = matcher(cs("Sa", "sa"), cs("Hà", "ha"), ci("Điều 117", "art117"), cs("COC", "coc"));
        assertEquals(List.of(), find(m, "Du lịch Sapa hút khách"), "'Sa' is not inside 'Sapa'");
        assertEquals(List.of(), find(m, "Hàn Quốc"), "'Hà' is not inside 'Hàn'");
        assertEquals(List.of(), find(m, "theo Điều 1170 và Điều 11"), "117 is not 1170 nor 11");
        assertEquals(List.of(), find(m, "COCONUT"));
        assertEquals(List.of(), find(m, "Lisa"));
        String text = "Sa Pa, Điều 117 và COC";
        assertEquals(List.of(at(text, "sa", "Sa"), at(text, "art117", "Điều 117"), at(text, "coc", "COC")), find(m, text));
    }

    @Test
    void punctuationAroundANameIsNotPartOfTheMatch() {
        PhraseMatcher<String> m = matcher(cs("TP.HCM", "79"));
        for (String text : List.of("Tại TP.HCM, giá nhà tăng.", "(TP.HCM)", "“TP.HCM”", "Giá nhà ở TP.HCM.", "TP.HCM: cấm xe",
                "TP.HCM-based", "[TP.HCM]", "—TP.HCM—")) {
            assertEquals(List.of(at(text, "79", "TP.HCM")), find(m, text), text);
        }
        assertEquals(List.of("79:TP HCM@0"), find(m, "TP HCM"), "the dot between the words is punctuation like a space");
        assertEquals(List.of(), find(m, "TPHCM"), "one word is not two");
    }

    @Test
    void wordsOfAPhraseMaySpanAnyPunctuationAndSpace() {
        PhraseMatcher<String> m = matcher(cs("Bà Rịa - Vũng Tàu", "79"), cs("M'Nông", "mnong"));
        for (String text : List.of("tỉnh Bà Rịa - Vũng Tàu cũ", "tỉnh Bà Rịa–Vũng Tàu cũ", "tỉnh Bà Rịa-Vũng Tàu cũ", "tỉnh Bà Rịa  -\nVũng Tàu cũ")) {
            List<String> found = find(m, text);
            assertEquals(1, found.size(), text + " -> " + found);
            assertTrue(found.get(0).startsWith("79:Bà Rịa") && found.get(0).contains("Vũng Tàu@5"), text + " -> " + found);
        }
        String curly = "đồng bào M’Nông";
        assertEquals(List.of(at(curly, "mnong", "M’Nông")), find(m, curly), "a curly apostrophe separates the words like a straight one");
    }

    // ---- scripts without spaces ----------------------------------------------------------------

    @Test
    void chinesePhrasesAreMatchedAsSubstrings() {
        PhraseMatcher<String> m = matcher(ci("西沙", "48"), ci("西沙群岛", "48-islands"), ci("南海", "east-sea"), ci("南海行为准则", "coc"));
        String text = "中国海警在西沙群岛附近驱离越南渔船，南海行为准则磋商仍在进行。西沙海域";
        assertEquals(List.of(at(text, "48-islands", "西沙群岛"), at(text, "coc", "南海行为准则"), nth(text, "48", "西沙", 2)), find(m, text),
                "the longest phrase wins at each position, without overlaps");
        String mixed = "Trung Quốc gọi Hoàng Sa là 西沙 (Xisha).";
        assertEquals(List.of(at(mixed, "48", "西沙")), find(m, mixed));
    }

    @Test
    void thaiLaoAndKhmerPhrasesAreMatchedAsSubstrings() {
        PhraseMatcher<String> m = matcher(ci("กัมพูชา", "th-cambodia"), ci("ຫວຽດນາມ", "lo-vietnam"), ci("វៀតណាម", "km-vietnam"));
        String thai = "รัฐบาลไทยเปิดด่านชายแดนใหม่กับกัมพูชา";
        assertEquals(List.of(at(thai, "th-cambodia", "กัมพูชา")), find(m, thai));
        String lao = "ລັດຖະບານລາວເປີດດ່ານຊາຍແດນໃໝ່ກັບຫວຽດນາມ";
        assertEquals(List.of(at(lao, "lo-vietnam", "ຫວຽດນາມ")), find(m, lao));
        String khmer = "កម្ពុជានិងវៀតណាមបើកច្រកព្រំដែនថ្មី";
        assertEquals(List.of(at(khmer, "km-vietnam", "វៀតណាម")), find(m, khmer));
    }

    @Test
    void latinAndChineseMatchesComeOutInTextOrder() {
        PhraseMatcher<String> m = matcher(cs("Hoàng Sa", "48"), ci("西沙", "48zh"), cs("Trường Sa", "56"));
        String text = "Trường Sa, 西沙 và Hoàng Sa";
        assertEquals(List.of(at(text, "56", "Trường Sa"), at(text, "48zh", "西沙"), at(text, "48", "Hoàng Sa")), find(m, text));
    }

    // ---- randomized ----------------------------------------------------------------------------

    private static final List<String> SEPARATORS = List.of(" ", " ", " ", ", ", ". ", " (", ") ", " “", "” ", "\n\n", " - ", ": ", "; ", "\t");
    private static final List<String> WORD_JOINERS = List.of(" ", " ", " ", "  ", "-", " - ", "\n");
    /** Han characters for phrases; filler is drawn from another block so that it never forms a phrase. */
    private static final int HAN_PHRASE_BASE = 0x4E00;
    private static final int HAN_FILLER_BASE = 0x6000;

    private record Expected(int start, int end, int phrase) {}

    /**
     * Random phrases (Vietnamese-looking words with and without diacritics, capitalized or not,
     * case-sensitive or not, and Chinese), inserted at random places in random filler, are found
     * exactly where they were inserted, in whichever tone placement and case they were written;
     * decoys (another tone, bare in a text written with diacritics, a case-sensitive phrase in
     * lower case, a word glued to another, a phrase cut short) are not.
     */
    @Test
    void randomizedInsertedPhrasesAreFoundAtTheirOffsets() {
        Randomness.run("randomizedInsertedPhrasesAreFoundAtTheirOffsets", random -> {
            for (int iter = 0; iter < Randomness.iterations(300); iter++) {
                runInsertion(random, iter);
            }
        });
    }

    private static void runInsertion(Random random, int iter) {
        boolean vietnamese = random.nextBoolean();
        Set<String> phraseWordFolds = new HashSet<>();
        List<List<Syllable>> latinWords = new ArrayList<>();
        List<Phrase<Integer>> phrases = new ArrayList<>();
        List<Integer> hanChars = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            hanChars.add(HAN_PHRASE_BASE + i);
        }
        Collections.shuffle(hanChars, random);
        int nextHan = 0;
        int count = 1 + random.nextInt(10);
        for (int p = 0; p < count; p++) {
            if (random.nextInt(5) == 0) {
                StringBuilder han = new StringBuilder();
                int length = 1 + random.nextInt(4);
                for (int k = 0; k < length; k++) {
                    han.appendCodePoint(hanChars.get(nextHan++));
                }
                phrases.add(new Phrase<>(han.toString(), random.nextBoolean(), p));
                latinWords.add(null);
                continue;
            }
            boolean caseSensitive = random.nextBoolean();
            List<Syllable> words = new ArrayList<>();
            List<String> written = new ArrayList<>();
            int length = 1 + random.nextInt(4);
            while (words.size() < length) {
                Syllable s = VietnameseWords.syllable(random);
                String w = s.render();
                if (phraseWordFolds.add(TextFolding.fold(w))) {
                    words.add(s);
                    written.add(random.nextInt(10) < 7 ? VietnameseWords.capitalize(w) : w);
                }
            }
            latinWords.add(words);
            phrases.add(new Phrase<>(String.join(" ", written), caseSensitive, p));
        }
        List<Phrase<Integer>> shuffled = new ArrayList<>(phrases);
        Collections.shuffle(shuffled, random);
        PhraseMatcher<Integer> matcher = new PhraseMatcher<>(shuffled);

        StringBuilder text = new StringBuilder();
        List<Expected> expected = new ArrayList<>();
        int segments = 1 + random.nextInt(30);
        for (int s = 0; s < segments; s++) {
            if (text.length() > 0) {
                text.append(VietnameseWords.pick(random, SEPARATORS));
            }
            int kind = random.nextInt(10);
            int p = random.nextInt(phrases.size());
            if (kind < 4) {
                text.append(filler(random, vietnamese, phraseWordFolds));
            } else if (latinWords.get(p) == null) {
                appendHan(random, text, phrases.get(p).text(), kind < 8, expected, p);
            } else if (kind < 8) {
                String occurrence = occurrence(random, phrases.get(p), latinWords.get(p), vietnamese);
                expected.add(new Expected(text.length(), text.length() + occurrence.length(), p));
                text.append(occurrence);
            } else {
                String decoy = decoy(random, phrases.get(p), latinWords.get(p), vietnamese);
                if (decoy != null) {
                    text.append(decoy);
                }
            }
        }
        if (vietnamese) {
            while (markedShare(text) < 0.15) {
                text.append(' ').append(filler(random, true, phraseWordFolds));
            }
        } else {
            assertEquals(0.0, markedShare(text), "test bug: the text without diacritics has a mark: " + text);
        }

        String t = text.toString();
        List<Expected> actual = matcher.find(t).stream().map(m -> new Expected(m.start(), m.end(), m.phrase().payload())).toList();
        if (!expected.equals(actual)) {
            StringBuilder message = new StringBuilder("iteration " + iter + (vietnamese ? " (text with diacritics)" : " (text without diacritics)"));
            message.append("\nphrases: ").append(phrases.stream().map(ph -> ph.payload() + "=" + ph.text() + (ph.caseSensitive() ? " [cs]" : ""))
                    .collect(Collectors.joining(" | ")));
            message.append("\ntext: ").append(t);
            message.append("\nexpected: ").append(describe(t, expected));
            message.append("\nactual:   ").append(describe(t, actual));
            throw new AssertionError(message.toString());
        }
    }

    /** A genuine occurrence: every word in its own or the other tone placement, in a case the phrase allows. */
    private static String occurrence(Random random, Phrase<Integer> phrase, List<Syllable> words, boolean vietnamese) {
        String[] written = phrase.text().split(" ");
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < words.size(); k++) {
            if (k > 0) {
                out.append(VietnameseWords.pick(random, WORD_JOINERS));
            }
            String word = random.nextBoolean() ? words.get(k).render() : words.get(k).otherPlacement();
            if (!vietnamese) {
                word = Folding.stripDiacritics(word);
            }
            boolean capitalRequired = phrase.caseSensitive() && Character.isUpperCase(written[k].charAt(0));
            int casing = random.nextInt(10);
            if (casing == 0) {
                word = word.toUpperCase(Locale.ROOT);
            } else if (capitalRequired || casing < 5) {
                word = VietnameseWords.capitalize(word);
            }
            out.append(word);
        }
        return out.toString();
    }

    /** Something close to the phrase that must not match it, or null when this phrase has no such decoy. */
    private static String decoy(Random random, Phrase<Integer> phrase, List<Syllable> words, boolean vietnamese) {
        String[] written = phrase.text().split(" ");
        List<String> plain = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k).render();
            plain.add(Character.isUpperCase(written[k].charAt(0)) ? VietnameseWords.capitalize(w) : w);
        }
        switch (random.nextInt(5)) {
            case 0 -> { // another tone on one word
                if (!vietnamese) {
                    return null;
                }
                int k = random.nextInt(words.size());
                Syllable s = words.get(k);
                String other = VietnameseWords.TONES.get((VietnameseWords.TONES.indexOf(s.tone()) + 1 + random.nextInt(5)) % 6);
                String w = s.withTone(other).render();
                plain.set(k, Character.isUpperCase(written[k].charAt(0)) ? VietnameseWords.capitalize(w) : w);
                return String.join(" ", plain);
            }
            case 1 -> { // bare, in a text written with diacritics
                String bare = Folding.stripDiacritics(String.join(" ", plain));
                return vietnamese && !bare.equals(String.join(" ", plain)) ? bare : null;
            }
            case 2 -> { // a case-sensitive phrase in lower case
                String lower = String.join(" ", plain).toLowerCase(Locale.ROOT);
                boolean hasCapital = phrase.caseSensitive() && !lower.equals(String.join(" ", plain));
                return hasCapital ? (vietnamese ? lower : Folding.stripDiacritics(lower)) : null;
            }
            case 3 -> { // glued to letters no syllable has
                String glued = random.nextBoolean() ? "z" + String.join(" ", plain) : String.join(" ", plain) + "zf";
                return vietnamese ? glued : Folding.stripDiacritics(glued);
            }
            default -> { // cut short
                if (words.size() < 2) {
                    return null;
                }
                String cut = String.join(" ", plain.subList(0, 1 + random.nextInt(words.size() - 1)));
                return vietnamese ? cut : Folding.stripDiacritics(cut);
            }
        }
    }

    private static void appendHan(Random random, StringBuilder text, String phrase, boolean genuine, List<Expected> expected, int p) {
        appendHanFiller(random, text);
        if (genuine) {
            expected.add(new Expected(text.length(), text.length() + phrase.length(), p));
            text.append(phrase);
        } else if (phrase.length() > 1) {
            text.append(phrase, 0, 1 + random.nextInt(phrase.length() - 1)); // cut short: not the phrase
        }
        appendHanFiller(random, text);
    }

    private static void appendHanFiller(Random random, StringBuilder text) {
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            text.appendCodePoint(HAN_FILLER_BASE + random.nextInt(400));
        }
    }

    private static String filler(Random random, boolean vietnamese, Set<String> phraseWordFolds) {
        while (true) {
            String w = vietnamese ? VietnameseWords.markedSyllable(random).render() : Folding.stripDiacritics(VietnameseWords.syllable(random).render());
            if (!phraseWordFolds.contains(TextFolding.fold(w))) {
                return random.nextInt(4) == 0 ? VietnameseWords.capitalize(w) : w;
            }
        }
    }

    private static double markedShare(CharSequence text) {
        int letters = 0;
        int marked = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
                marked += TextFolding.hasMark(text.charAt(i)) ? 1 : 0;
            }
        }
        return letters == 0 ? 0 : marked / (double) letters;
    }

    private static String describe(String text, List<Expected> matches) {
        return matches.stream().map(e -> e.phrase() + "='" + text.substring(e.start(), e.end()) + "'@" + e.start()).collect(Collectors.joining(", "));
    }

    /**
     * Nested phrases (each the previous one plus a word, some lengths left out) and random
     * prefixes of the longest: each prefix is found as the longest phrase it begins with.
     */
    @Test
    void randomizedLongestMatchWins() {
        Randomness.run("randomizedLongestMatchWins", random -> {
            for (int iter = 0; iter < Randomness.iterations(300); iter++) {
                List<String> chain = new ArrayList<>();
                Set<String> folds = new HashSet<>();
                int length = 2 + random.nextInt(5);
                while (chain.size() < length) {
                    String w = VietnameseWords.capitalize(VietnameseWords.syllable(random).render());
                    if (folds.add(TextFolding.fold(w))) {
                        chain.add(w);
                    }
                }
                boolean[] registered = new boolean[length + 1];
                List<Phrase<Integer>> phrases = new ArrayList<>();
                for (int n = 1; n <= length; n++) {
                    if (n == 1 || random.nextBoolean()) {
                        registered[n] = true;
                        phrases.add(new Phrase<>(String.join(" ", chain.subList(0, n)), true, n));
                    }
                }
                Collections.shuffle(phrases, random);
                PhraseMatcher<Integer> matcher = new PhraseMatcher<>(phrases);

                StringBuilder text = new StringBuilder();
                List<Expected> expected = new ArrayList<>();
                int occurrences = 1 + random.nextInt(6);
                for (int o = 0; o < occurrences; o++) {
                    text.append(o == 0 ? "" : VietnameseWords.pick(random, SEPARATORS)).append(filler(random, true, folds));
                    text.append(VietnameseWords.pick(random, SEPARATORS));
                    int n = 1 + random.nextInt(length);
                    int longest = n;
                    while (!registered[longest]) {
                        longest--;
                    }
                    int start = text.length();
                    text.append(String.join(" ", chain.subList(0, n)));
                    expected.add(new Expected(start, start + String.join(" ", chain.subList(0, longest)).length(), longest));
                }
                String t = text.toString();
                List<Expected> actual = matcher.find(t).stream().map(m -> new Expected(m.start(), m.end(), m.phrase().payload())).toList();
                assertEquals(expected, actual, () -> "phrases " + phrases.stream().map(Phrase::text).toList() + "\ntext: " + t
                        + "\nexpected: " + describe(t, expected) + "\nactual: " + describe(t, actual));
            }
        });
    }
}
