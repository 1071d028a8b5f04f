package org.presswatch.analysis.tone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.presswatch.analysis.text.ArticleText;
import org.presswatch.analysis.text.PhraseMatcher;
import org.presswatch.analysis.text.PhraseMatcher.Phrase;
import org.presswatch.analysis.text.TextView;

/**
 * The tone of an article toward its subject, from -1 (hostile) to 1 (favourable), from weighted
 * lexicons in Vietnamese and English ({@code tone/vi.txt}, {@code tone/en.txt}). A negator up to
 * three words before a phrase reverses it ("không vi phạm", "not illegal"). The sum of the
 * matched weights is squashed by the amount of evidence, so one hostile word in a long neutral
 * article barely moves the tone. Languages without a lexicon score 0. Immutable and thread-safe.
 */
public final class ToneScorer {
    private static final String[] LEXICONS = {"vi", "en"};
    private static final int NEGATION_WINDOW_WORDS = 3;
    /** Evidence it takes to reach half the extreme: a sum of 4 gives 0.5. */
    private static final double DAMPING = 4.0;
    private static final Double NEGATOR = Double.NaN;

    private final PhraseMatcher<Double> matcher;

    private ToneScorer(PhraseMatcher<Double> matcher) {
        this.matcher = matcher;
    }

    public static ToneScorer load() {
        List<Phrase<Double>> phrases = new ArrayList<>();
        for (String language : LEXICONS) {
            String resource = "/org/presswatch/analysis/tone/" + language + ".txt";
            try (InputStream in = ToneScorer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the presswatch-analysis jar");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                int number = 0;
                for (String line; (line = lines.readLine()) != null; ) {
                    number++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    if (line.startsWith("!")) {
                        phrases.add(new Phrase<>(line.substring(1).strip(), false, NEGATOR));
                        continue;
                    }
                    String[] parts = line.split("\t");
                    if (parts.length != 2) {
                        throw new IllegalStateException(resource + " line " + number + ": expected 'phrase<TAB>weight'");
                    }
                    phrases.add(new Phrase<>(parts[0].strip(), false, Double.parseDouble(parts[1].strip())));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new ToneScorer(new PhraseMatcher<>(phrases));
    }

    /** The tone of a title and text, in [-1, 1]. */
    public double score(String title, String text) {
        return score(ArticleText.of(title, text));
    }

    public double score(ArticleText article) {
        Tally tally = new Tally();
        add(article.title(), tally);
        add(article.body(), tally);
        if (tally.evidence == 0) {
            return 0;
        }
        double tone = tally.sum / (tally.evidence + DAMPING);
        return Math.max(-1, Math.min(1, tone));
    }

    /** The signed sum of the matched weights, and the sum of their sizes. */
    private static final class Tally {
        double sum;
        double evidence;
    }

    private void add(TextView field, Tally tally) {
        String text = field.text();
        int lastNegatorEnd = -1;
        for (PhraseMatcher.Match<Double> m : matcher.find(field)) {
            double weight = m.phrase().payload();
            if (Double.isNaN(weight)) {
                lastNegatorEnd = m.end();
                continue;
            }
            boolean negated = lastNegatorEnd >= 0 && wordsBetween(text, lastNegatorEnd, m.start()) < NEGATION_WINDOW_WORDS;
            tally.sum += negated ? -weight : weight;
            tally.evidence += Math.abs(weight);
        }
    }

    /** Words between two offsets; a sentence end in between counts as a wall. */
    private static int wordsBetween(String text, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return Integer.MAX_VALUE;
            }
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
