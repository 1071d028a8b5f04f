package org.presswatch.index.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/**
 * One pass of segmentation per title and per text gives, field by field, exactly the words the
 * index's analyzers give for them (the combined fields hold the title's words, then the text's):
 * on hand-picked edge cases and on random text mixing Vietnamese, other scripts, digits,
 * punctuation, marks and spaces.
 */
class ArticleWordsTest {
    private static final String[] PIECES = {
        "Trường", "Sa", "Đà", "Nẵng", "đông", "ĐÔNG", "biển", "ngư", "dân", "bàn", "bạn", "Quảng", "Ngãi", "Hà", "Nội",
        "South", "China", "Sea", "Spratlys", "l'Est", "mer", "U.S.", "COVID-19", "3,5", "2026", "12h30", "ab_cd",
        "南海", "渔民", "群岛", "ประเทศไทย", "ພາສາລາວ", "ភាសាខ្មែរ", "Россия", "😀", "\u0640", "\u0301", "ー", "ﾊﾟ", "Ａｂｃ",
        "ǅ", "ß", "ﬁ", "İ", "\u00AD", "\u200D", "&", "<b>", "—", "…", ",", ".", "“", "”", "\"", "'", "(", ")", ":", "-",
    };
    private static final String[] SPACES = {" ", " ", " ", "\n", "\t", "\u00A0", "", "  "};

    private final Analyzer folding = Analyzers.folding();
    private final Analyzer exact = Analyzers.exact();

    @Test
    void edgeCases() throws IOException {
        assertSame("Trường Sa, Đà Nẵng", "Ngư dân ra khơi. 南海 渔民; ĐÔNG-đông \u0640 ß ﬁ COVID-19 3,5");
        assertSame("", "");
        assertSame("Một", "");
        assertSame("", "hai từ");
        assertSame("… «»", "!!!");
    }

    @Test
    void randomText() throws IOException {
        Random random = new Random(20261126L);
        for (int round = 0; round < 500; round++) {
            assertSame(randomText(random, 6), randomText(random, 60));
        }
    }

    private static String randomText(Random random, int maxPieces) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(maxPieces + 1);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]).append(SPACES[random.nextInt(SPACES.length)]);
        }
        return text.toString();
    }

    private void assertSame(String title, String text) throws IOException {
        ArticleWords words = ArticleWords.of(title, text);
        String what = "title '" + title + "', text '" + text + "'";
        assertEquals(terms(folding, title), words.titleFolded(), "title, " + what);
        assertEquals(terms(folding, text), words.textFolded(), "text, " + what);
        assertEquals(concat(terms(folding, title), terms(folding, text)), words.allFolded(), "all, " + what);
        assertEquals(concat(terms(exact, title), terms(exact, text)), words.allExact(), "exact, " + what);
        // the pairs run on from the title into the text, as the words of the combined field do
        assertEquals(pairsOf(words.allFolded()), words.allPairs(), "pairs, " + what);
        assertEquals(offsets(folding.tokenStream("text", text)), offsets(words.textFoldedWithOffsets()), "text offsets, " + what);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Each two words in a row, joined. */
    private static List<String> pairsOf(List<String> words) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            pairs.add(words.get(i) + "_" + words.get(i + 1));
        }
        return pairs;
    }

    private static List<String> terms(Analyzer analyzer, String value) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("f", value)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return terms;
    }

    private static List<String> offsets(TokenStream tokens) throws IOException {
        List<String> offsets = new ArrayList<>();
        try (tokens) {
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                offsets.add(offset.startOffset() + "-" + offset.endOffset());
            }
            tokens.end();
            offsets.add("end " + offset.endOffset());
        }
        return offsets;
    }
}
