package org.presswatch.analysis.language;

import java.util.regex.Pattern;

/**
 * The text normalization that OpenNLP's language model is asked with (its default factory's
 * emoji, URL, Twitter, number and shrink normalizers, in that order), with each pattern skipped
 * when the text lacks a character that a match needs.
 *
 * <p>OpenNLP runs all nine patterns over every text, which took more time than weighing the
 * features. News text rarely holds a URL, an e-mail address, a hashtag, an emoticon or a run of
 * three equal letters, and a cheap scan for what each pattern must start with rules most of them
 * out; where a pattern may match, the same pattern runs, so the result is OpenNLP's own.
 * {@code LanguageModelTextTest} compares the two on random and real texts.
 *
 * <p>Stateless and thread-safe.
 */
final class LanguageModelText {
    private static final Pattern URL = Pattern.compile("https?://[-_.?&~;+=/#0-9A-Za-z]+");
    private static final Pattern MAIL = Pattern.compile("(?<![-+_.0-9A-Za-z])[-+_.0-9A-Za-z]+@[-0-9A-Za-z]+[-.0-9A-Za-z]+");
    private static final Pattern HASH_OR_USER = Pattern.compile("[#@]\\S+");
    private static final Pattern RETWEET = Pattern.compile("\\b(rt[ :])+", Pattern.CASE_INSENSITIVE);
    private static final Pattern FACE = Pattern.compile("[:;x]-?[()dop]", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAUGH = Pattern.compile("([hj])+([aieou])+(\\1+\\2+)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPEATED = Pattern.compile("(.)\\1{2,}", Pattern.CASE_INSENSITIVE);

    private LanguageModelText() {}

    static String normalize(CharSequence input) {
        String text = blankEmojiClass(input.toString());
        if (text.contains("://")) {
            text = URL.matcher(text).replaceAll(" ");
        }
        if (text.indexOf('@') >= 0) {
            text = MAIL.matcher(text).replaceAll(" ");
        }
        if (text.indexOf('#') >= 0 || text.indexOf('@') >= 0) {
            text = HASH_OR_USER.matcher(text).replaceAll(" ");
        }
        if (hasRetweet(text)) {
            text = RETWEET.matcher(text).replaceAll(" ");
        }
        if (hasFace(text)) {
            text = FACE.matcher(text).replaceAll(" ");
        }
        if (hasLaugh(text)) {
            text = LAUGH.matcher(text).replaceAll("$1$2$1$2");
        }
        if (hasDigit(text)) {
            text = NUMBER.matcher(text).replaceAll(" ");
        }
        if (hasTwoSpaces(text)) {
            text = SPACES.matcher(text).replaceAll(" ");
        }
        if (hasThreeAlike(text)) {
            text = REPEATED.matcher(text).replaceAll("$1$1");
        }
        return text.trim();
    }

    /**
     * OpenNLP's emoji pattern, {@code [\\uD83C-\\uDBFF\\uDC00-\\uDFFF]+}, reads as a range from U+D83C
     * to U+10FC00 (the surrogate pair in the middle) and a hyphen: each run of such code points
     * becomes one space. Hyphens are common, so this is done by hand rather than guarded. Unpaired
     * surrogates below U+D83C and the private-use code points above U+10FC00 go too, where OpenNLP
     * keeps them: on them Java's case-insensitive back reference in the shrink pattern can read
     * past the end of the text and throw.
     */
    private static String blankEmojiClass(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!inEmojiClass(cp)) {
                if (out != null) {
                    out.appendCodePoint(cp);
                }
                i += Character.charCount(cp);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            out.append(' ');
            while (i < text.length() && inEmojiClass(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean inEmojiClass(int cp) {
        return cp == '-' || cp >= Character.MIN_SURROGATE;
    }

    /** "rt" followed by a space or a colon, in any case. */
    private static boolean hasRetweet(String text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            if (lower(text.charAt(i)) == 'r' && lower(text.charAt(i + 1)) == 't' && (text.charAt(i + 2) == ' ' || text.charAt(i + 2) == ':')) {
                return true;
            }
        }
        return false;
    }

    /** One of ":;x", maybe a hyphen, then one of "()dop", in any case. */
    private static boolean hasFace(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = lower(text.charAt(i));
            if (c == ':' || c == ';' || c == 'x') {
                int next = text.charAt(i + 1) == '-' ? i + 2 : i + 1;
                if (next < text.length() && "()dop".indexOf(lower(text.charAt(next))) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An h or j, vowels, then the same h or j again: the shortest match is "hah". */
    private static boolean hasLaugh(String text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            char c = lower(text.charAt(i));
            if ((c == 'h' || c == 'j') && isVowel(lower(text.charAt(i + 1)))) {
                int j = i + 1;
                while (j < text.length() && isVowel(lower(text.charAt(j)))) {
                    j++;
                }
                if (j < text.length() && lower(text.charAt(j)) == c) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTwoSpaces(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (isSpace(text.charAt(i)) && isSpace(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Three letters alike in a row, ASCII case aside, or any character outside ASCII at all: the
     * pattern's case-insensitive back reference is not worth matching by hand there.
     */
    private static boolean hasThreeAlike(String text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            char a = text.charAt(i);
            if (a >= 0x80 ? text.charAt(i + 1) == a || text.charAt(i + 2) == a
                    : lower(text.charAt(i + 1)) == lower(a) && lower(text.charAt(i + 2)) == lower(a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
