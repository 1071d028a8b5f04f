package org.presswatch.index.claims;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a text into its sentences, the unit in which an article makes a claim. */
final class Sentences {
    /** Shorter pieces (a dateline, "Photo: AFP") carry no claim. */
    private static final int MIN_WORDS = 3;

    private Sentences() {}

    static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : text.split("\\R+")) {
            BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
            breaks.setText(paragraph);
            for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                String sentence = paragraph.substring(start, end).strip();
                if (words(sentence) >= MIN_WORDS) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }

    /** Runs of letters, each ideograph counting as a word: Chinese writes no spaces between words. */
    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean ideograph = Character.isIdeographic(c);
            boolean letter = Character.isLetterOrDigit(c) && !ideograph;
            words += ideograph || (letter && !inWord) ? 1 : 0;
            inWord = letter;
            i += Character.charCount(c);
        }
        return words;
    }
}
