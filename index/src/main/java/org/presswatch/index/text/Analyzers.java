package org.presswatch.index.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analysis of article text. Words are found by ICU's Unicode segmentation (dictionary-based
 * for Chinese, Thai, Lao and Khmer) and folded: case, width and diacritics removed, đ read as
 * d, so that "truong sa" finds "Trường Sa". Queries go through the same chain plus
 * cross-language synonyms ({@code query-synonyms.txt}). Every backend indexes and queries
 * through these, so that the same query finds the same articles in each.
 */
public final class Analyzers {
    private static final String SYNONYMS = "/org/presswatch/index/query-synonyms.txt";
    private static final NormalizeCharMap D_STROKE = dStroke();

    private Analyzers() {}

    /** The analyzer of title and text: what {@link ArticleWords} finds, field by field. */
    public static Analyzer folding() {
        return new FoldingAnalyzer(folded -> folded);
    }

    /**
     * ICU words with case folded but diacritics kept, so that "bàn" (table) and "bạn" (friend)
     * stay apart where the folded fields make them one word.
     */
    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new ICUTokenizer();
                return new TokenStreamComponents(tokenizer, new ICUNormalizer2Filter(tokenizer));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ICUNormalizer2Filter(in);
            }
        };
    }

    /** The analyzer for query text: folding plus the synonym groups. */
    public static Analyzer query() {
        SynonymMap synonyms = loadSynonyms();
        return new FoldingAnalyzer(folded -> new SynonymGraphFilter(folded, synonyms, true));
    }

    /**
     * Each two folded words in a row, joined by {@link ArticleFields#PAIR_JOINER}: the pairs that
     * {@link ArticleWords#allPairs} finds, for a writer that analyzes field by field.
     */
    public static Analyzer pairs() {
        return new FoldingAnalyzer(folded -> {
            ShingleFilter shingles = new ShingleFilter(folded, 2, 2);
            shingles.setOutputUnigrams(false);
            shingles.setTokenSeparator(ArticleFields.PAIR_JOINER);
            return shingles;
        });
    }

    /** ICU words, folded, then what the given filters make of them. */
    private static final class FoldingAnalyzer extends Analyzer {
        private final UnaryOperator<TokenStream> filters;

        FoldingAnalyzer(UnaryOperator<TokenStream> filters) {
            this.filters = filters;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            return new TokenStreamComponents(tokenizer, filters.apply(new ICUFoldingFilter(tokenizer)));
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(D_STROKE, reader);
        }

        @Override
        protected Reader initReaderForNormalization(String fieldName, Reader reader) {
            return new MappingCharFilter(D_STROKE, reader);
        }

        // prefix, wildcard, fuzzy and range terms are not tokenized, only normalized: fold them too
        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ICUFoldingFilter(in);
        }
    }

    private static SynonymMap loadSynonyms() {
        try (Analyzer folding = folding(); InputStream in = Analyzers.class.getResourceAsStream(SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException(SYNONYMS + " is missing from the presswatch-index jar");
            }
            SolrSynonymParser parser = new SolrSynonymParser(true, true, folding);
            parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SYNONYMS, e);
        } catch (ParseException e) {
            throw new IllegalStateException(SYNONYMS + " line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
    }

    private static NormalizeCharMap dStroke() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("đ", "d");
        map.add("Đ", "D");
        return map.build();
    }
}
