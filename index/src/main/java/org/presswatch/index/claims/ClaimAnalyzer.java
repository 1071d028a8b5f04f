package org.presswatch.index.claims;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * The analysis of claims and of the texts matched against them: ICU words folded (case and
 * diacritics, đ as d), so a claim written without diacritics still matches; English stop words
 * dropped and English words stemmed, since claims and posts word the same thing with different
 * endings. Stemming leaves Vietnamese syllables alone in practice: they do not end in English
 * suffixes.
 */
final class ClaimAnalyzer extends Analyzer {
    private static final NormalizeCharMap D_STROKE = dStroke();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(tokenizer);
        stream = new ICUFoldingFilter(stream);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(D_STROKE, reader);
    }

    private static NormalizeCharMap dStroke() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("đ", "d");
        map.add("Đ", "D");
        return map.build();
    }
}
