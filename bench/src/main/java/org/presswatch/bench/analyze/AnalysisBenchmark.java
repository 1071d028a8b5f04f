package org.presswatch.bench.analyze;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.presswatch.analysis.ArticleAnalyzer;
import org.presswatch.analysis.evaluation.VntcSample;
import org.presswatch.bench.SideBySide;
import org.presswatch.core.util.Validate;

/**
 * Times the whole analysis of an article (language, provinces, topics with the classifier, tone,
 * fingerprint, risk) on one thread, beside a bare Lucene {@link ICUTokenizer} splitting the same
 * texts into words, in the same run: the ratio says how many tokenizations one analysis costs,
 * whatever the machine. The tokenizer is built once and reused, as Lucene's analyzers reuse
 * theirs, and every token's text is read, so the baseline does no less than a real consumer.
 * Rounds alternate which goes first; the warm-up rounds are not counted, and there are enough of
 * them (about three seconds) for the JIT to finish compiling the analysis, which is larger than
 * a tokenizer: a streaming job runs compiled code, so that is the speed that matters. Prints nothing.
 */
public final class AnalysisBenchmark {
    public static final int DEFAULT_WARMUP_ROUNDS = 6;
    public static final int DEFAULT_MEASURED_ROUNDS = 5;

    /**
     * @param analyzedPerSecond articles fully analyzed per second on one thread
     * @param tokenizedPerSecond the same articles tokenized by a bare ICU tokenizer per second
     * @param ratio analysis speed over tokenization speed
     */
    public record Speed(int articles, int rounds, double analyzedPerSecond, double tokenizedPerSecond, double ratio) {}

    private final ArticleAnalyzer analyzer;
    private final int warmupRounds;
    private final int measuredRounds;

    public AnalysisBenchmark(ArticleAnalyzer analyzer, int warmupRounds, int measuredRounds) {
        Validate.notNull(analyzer, "analyzer");
        Validate.isTrue(warmupRounds >= 0 && measuredRounds >= 1, "need warmupRounds >= 0 and measuredRounds >= 1, got %s and %s",
                warmupRounds, measuredRounds);
        this.analyzer = analyzer;
        this.warmupRounds = warmupRounds;
        this.measuredRounds = measuredRounds;
    }

    public Speed run(List<VntcSample.Article> articles) {
        Validate.isTrue(!articles.isEmpty(), "no articles to time");
        // closed after each text, ready for the next one, as Lucene's analyzers reuse theirs
        ICUTokenizer tokenizer = new ICUTokenizer();
        SideBySide.Timing t = SideBySide.time(warmupRounds, measuredRounds, () -> analyzeAll(articles), () -> tokenizeAll(tokenizer, articles));
        double timed = (double) articles.size() * measuredRounds;
        double analyzed = timed / (t.oursNanos() / 1e9);
        double tokenized = timed / (t.bareNanos() / 1e9);
        return new Speed(articles.size(), measuredRounds, analyzed, tokenized, analyzed / tokenized);
    }

    private long analyzeAll(List<VntcSample.Article> articles) {
        long sink = 0;
        for (VntcSample.Article a : articles) {
            sink += analyzer.analyze(a.title(), a.text(), null).fingerprint();
        }
        return sink;
    }

    private static long tokenizeAll(ICUTokenizer tokenizer, List<VntcSample.Article> articles) {
        long sink = 0;
        CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        for (VntcSample.Article a : articles) {
            sink += tokenize(tokenizer, term, a.title()) + tokenize(tokenizer, term, a.text());
        }
        return sink;
    }

    private static long tokenize(ICUTokenizer tokenizer, CharTermAttribute term, String text) {
        long sink = 0;
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                sink += term.charAt(0);
            }
            tokenizer.end();
            tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return sink;
    }
}
