package org.presswatch.index.text;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of an article's title and text, found in one pass of ICU's segmentation each and given
 * in each form an index field holds: folded (case, width and diacritics removed, đ read as d),
 * with their diacritics (the exact field), and as pairs of words in a row. Indexing then segments
 * an article once instead of once per field, and gets exactly the words {@link Analyzers} gives
 * for the title and for the text: a randomized test holds the two to it. The combined fields
 * hold the title's words, then the text's; the title's script does not run on into the text
 * (segmenting "title\ntext" as one would read "渔民\n12h30" as 渔民, 12, h30).
 *
 * <p>Immutable once made; {@link #of} may be called from any thread (each thread segments with
 * its own tokenizer).
 */
public final class ArticleWords {
    private static final Normalizer2 EXACT = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 FOLDING = ICUFoldingFilter.NORMALIZER;
    private static final ThreadLocal<ICUTokenizer> TOKENIZERS = ThreadLocal.withInitial(ICUTokenizer::new);

    private final Words title;
    private final Words text;
    /** The title's folded words, then the text's: three fields and the pairs are made of them. */
    private final List<String> allFolded;

    private ArticleWords(Words title, Words text) {
        this.title = title;
        this.text = text;
        this.allFolded = concat(title.folded, text.folded);
    }

    /** The words of one title and text, separated as the index's combined fields join them. */
    public static ArticleWords of(String title, String text) {
        return new ArticleWords(segment(title), segment(text));
    }

    /** The folded words of the title. */
    public List<String> titleFolded() {
        return title.folded;
    }

    /** The folded words of the text. */
    public List<String> textFolded() {
        return text.folded;
    }

    /** The folded words of the title, then of the text. */
    public List<String> allFolded() {
        return allFolded;
    }

    /** The words of the title, then of the text, case-folded but with their diacritics. */
    public List<String> allExact() {
        return concat(title.exact, text.exact);
    }

    /** Each two folded words in a row of title and text, joined by {@link ArticleFields#PAIR_JOINER}. */
    public List<String> allPairs() {
        List<String> pairs = new ArrayList<>(Math.max(0, allFolded.size() - 1));
        for (int i = 0; i + 1 < allFolded.size(); i++) {
            pairs.add(allFolded.get(i) + ArticleFields.PAIR_JOINER + allFolded.get(i + 1));
        }
        return pairs;
    }

    /** The words as a token stream, one position each, without offsets. */
    public static TokenStream stream(List<String> words) {
        return new WordStream(words, null, null, 0);
    }

    /** The folded words of the text with their offsets in it, for the highlighter. */
    public TokenStream textFoldedWithOffsets() {
        return new WordStream(text.folded, text.starts, text.ends, text.length);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    private record Words(List<String> exact, List<String> folded, int[] starts, int[] ends, int length) {}

    private static Words segment(String value) {
        List<String> exact = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        int[] starts = new int[16];
        int[] ends = new int[16];
        ICUTokenizer tokenizer = TOKENIZERS.get();
        try {
            tokenizer.setReader(new StringReader(value));
            CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String word = term.toString();
                exact.add(EXACT.normalize(word));
                // the folding analyzer reads đ as d before it segments; letters for letters, the words are the same
                folded.add(FOLDING.normalize(word.replace('đ', 'd').replace('Đ', 'D')));
                if (folded.size() > starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                    ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                }
                starts[folded.size() - 1] = offset.startOffset();
                ends[folded.size() - 1] = offset.endOffset();
            }
            tokenizer.end();
        } catch (IOException e) {
            // a string in memory cannot fail to read
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Words(List.copyOf(exact), List.copyOf(folded), starts, ends, value.length());
    }

    /** Words already found, replayed to the index one position each, with their offsets when known. */
    private static final class WordStream extends TokenStream {
        private final List<String> words;
        private final int[] starts;
        private final int[] ends;
        private final int length;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int next;

        WordStream(List<String> words, int[] starts, int[] ends, int length) {
            this.words = words;
            this.starts = starts;
            this.ends = ends;
            this.length = length;
        }

        @Override
        public boolean incrementToken() {
            if (next == words.size()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(words.get(next));
            if (starts != null) {
                offset.setOffset(starts[next], ends[next]);
            }
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(length, length);
        }
    }
}
