package org.presswatch.index.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An officer's query text read leniently, in the syntax of Lucene's classic query parser: the
 * {@link #readings} for {@link ArticleQueries} to try in turn, each more forgiving than the one
 * before.
 *
 * <ol>
 *   <li>{@link #asTyped}: the text itself, except that a colon after a word that names no field
 *       is punctuation ("Biển Đông: ngư dân" searches those words, not a field "Đông");</li>
 *   <li>{@link #repaired}: the stray syntax dropped (an AND or OR without a clause on each side,
 *       a - or NOT before nothing, a closing bracket that closes nothing, an empty group, a field
 *       prefix without a value, a boost without a number, a leading * or ?) and an open quote or
 *       bracket closed at the end, so that {@code "Hoàng Sa} is the phrase Hoàng Sa;</li>
 *   <li>{@link #plainWords}: the words and phrases alone, every other sign dropped, which the
 *       parser always reads.</li>
 * </ol>
 *
 * Immutable; the text is split into the parser's tokens once.
 */
final class LenientQueryText {
    /**
     * Deeper than anyone nests brackets by hand; the parser reads a group by recursion, and a
     * text of thousands of brackets would exhaust its stack.
     */
    private static final int MAX_DEPTH = 32;
    /** The fields a prefix may name: the others are not for officers to search. */
    private static final Set<String> FIELDS = Set.of(ArticleFields.TITLE, ArticleFields.TEXT);
    /** The parser's operators and signs, which a plain word cannot hold. */
    private static final String SIGNS = "+-!():^[]\"{}~*?\\/&|";

    private enum Kind { WORD, PHRASE, OPEN, CLOSE, COLON, CONJUNCTION, MODIFIER, BOOST, FUZZY, RANGE, REGEX, STRAY }

    /**
     * @param spaced whether whitespace comes before it: tokens written together stay together
     *     ({@code -word} is an exclusion, {@code - word} is not)
     */
    private record Token(Kind kind, String text, boolean spaced) {
        boolean startsClause() {
            return kind == Kind.WORD || kind == Kind.PHRASE || kind == Kind.OPEN || kind == Kind.RANGE || kind == Kind.REGEX;
        }

        boolean endsClause() {
            return kind == Kind.WORD || kind == Kind.PHRASE || kind == Kind.CLOSE || kind == Kind.RANGE || kind == Kind.REGEX
                    || kind == Kind.BOOST || kind == Kind.FUZZY;
        }

        boolean namesField() {
            return kind == Kind.WORD && FIELDS.contains(text);
        }

        /** The token where one before it was dropped: "2024/2025" without its slash is two words, not one. */
        Token afterGap() {
            return new Token(kind, text, true);
        }
    }

    private final String text;
    private final List<Token> tokens;

    private LenientQueryText(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    static LenientQueryText of(String text) {
        return new LenientQueryText(text, QueryTokenizer.tokens(text));
    }

    /**
     * The distinct readings to try in turn, the most faithful first (a text of plain words has
     * one); only the plain words when brackets nest deeper than {@value #MAX_DEPTH}.
     */
    List<String> readings() {
        return depth() > MAX_DEPTH ? List.of(plainWords()) : Stream.of(asTyped(), repaired(), plainWords()).distinct().toList();
    }

    private int depth() {
        int depth = 0;
        int deepest = 0;
        for (Token t : tokens) {
            depth = Math.max(0, depth + (t.kind == Kind.OPEN ? 1 : t.kind == Kind.CLOSE ? -1 : 0));
            deepest = Math.max(deepest, depth);
        }
        return deepest;
    }

    /** The text as typed, a colon after a word that names no field read as punctuation. */
    String asTyped() {
        List<Token> typed = withoutFieldlessColons();
        return typed.size() == tokens.size() ? text : join(typed);
    }

    /** The text with its stray syntax dropped and its open quote and brackets closed. */
    String repaired() {
        List<Token> kept = new ArrayList<>();
        int open = 0;
        boolean gap = false;
        for (Token t : withoutFieldlessColons()) {
            Token read = switch (t.kind) {
                case WORD -> withoutLeadingWildcards(t);
                case PHRASE -> closed(t);
                // slashes in a text the parser refused are punctuation ("12/3", "http://"), not an expression
                case REGEX -> new Token(Kind.WORD, replaceSigns(t.text).strip(), true);
                case CLOSE -> open == 0 ? null : t;
                case STRAY -> null;
                default -> t;
            };
            if (read == null || read.text.isEmpty()) {
                gap = true;
                continue;
            }
            open += t.kind == Kind.OPEN ? 1 : t.kind == Kind.CLOSE ? -1 : 0;
            kept.add(gap ? read.afterGap() : read);
            gap = t.kind == Kind.REGEX;
        }
        for (; open > 0; open--) {
            kept.add(new Token(Kind.CLOSE, ")", false));
        }
        // dropping one sign can strand another ("a AND ()": the empty group, then the AND): again until none is
        boolean dropped;
        do {
            dropped = dropStray(kept);
        } while (dropped);
        return join(kept);
    }

    /** The words and phrases alone, every other sign dropped: a text the parser always reads. */
    String plainWords() {
        StringBuilder plain = new StringBuilder();
        for (Token t : tokens) {
            if (t.kind == Kind.WORD || t.kind == Kind.REGEX) {
                for (String word : replaceSigns(t.text.replace("\\", "")).split(" ")) {
                    // an operator spelled out by what the signs left ("AND*") is no longer one
                    if (!word.isEmpty() && !word.equals("AND") && !word.equals("OR") && !word.equals("NOT")) {
                        plain.append(word).append(' ');
                    }
                }
            } else if (t.kind == Kind.PHRASE) {
                String inner = closed(t).text;
                plain.append('"').append(inner.substring(1, inner.length() - 1).replace('\\', ' ').replace('"', ' ')).append("\" ");
            }
        }
        return plain.toString().strip();
    }

    private List<Token> withoutFieldlessColons() {
        List<Token> kept = new ArrayList<>(tokens.size());
        boolean gap = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind == Kind.COLON && (i == 0 || !tokens.get(i - 1).namesField())) {
                gap = true;
            } else {
                kept.add(gap ? t.afterGap() : t);
                gap = false;
            }
        }
        return kept;
    }

    /**
     * Drops each token that cannot stand where it is, and a field prefix whose colon goes.
     *
     * @return whether any was dropped
     */
    private static boolean dropStray(List<Token> kept) {
        boolean[] drop = new boolean[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            Token t = kept.get(i);
            Token before = i > 0 ? kept.get(i - 1) : null;
            Token after = i + 1 < kept.size() ? kept.get(i + 1) : null;
            drop[i] = switch (t.kind) {
                case OPEN -> after != null && after.kind == Kind.CLOSE;
                case CLOSE -> before != null && before.kind == Kind.OPEN;
                case COLON -> after == null || !after.startsClause();
                case CONJUNCTION -> before == null || !before.endsClause() || after == null
                        || !(after.startsClause() || after.kind == Kind.MODIFIER);
                case MODIFIER -> after == null || !after.startsClause() || before != null && before.kind == Kind.COLON;
                case BOOST -> before == null || !before.endsClause();
                case FUZZY -> before == null || before.kind != Kind.WORD && before.kind != Kind.PHRASE;
                default -> false;
            };
            if (drop[i] && t.kind == Kind.COLON) {
                drop[i - 1] = true;
            }
        }
        boolean dropped = false;
        for (int i = kept.size() - 1; i >= 0; i--) {
            if (drop[i]) {
                kept.remove(i);
                if (i < kept.size()) {
                    kept.set(i, kept.get(i).afterGap());
                }
                dropped = true;
            }
        }
        return dropped;
    }

    private static Token withoutLeadingWildcards(Token word) {
        int start = 0;
        while (start < word.text.length() && (word.text.charAt(start) == '*' || word.text.charAt(start) == '?')) {
            start++;
        }
        return start == 0 ? word : new Token(Kind.WORD, word.text.substring(start), word.spaced);
    }

    /** A phrase with its closing quote: an open one runs to the end of the text. */
    private static Token closed(Token phrase) {
        String t = phrase.text;
        boolean open = t.length() == 1 || !t.endsWith("\"") || escapedAt(t, t.length() - 1);
        return open ? new Token(Kind.PHRASE, (t.endsWith("\\") ? t.substring(0, t.length() - 1) : t) + "\"", phrase.spaced) : phrase;
    }

    private static boolean escapedAt(String s, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String replaceSigns(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(SIGNS.indexOf(c) >= 0 ? ' ' : c);
        }
        return out.toString();
    }

    private static String join(List<Token> kept) {
        StringBuilder joined = new StringBuilder();
        for (Token t : kept) {
            if (t.spaced && !joined.isEmpty()) {
                joined.append(' ');
            }
            joined.append(t.text);
        }
        return joined.toString();
    }

    /** Splits a text into the tokens the classic query parser's lexer finds, every character in one. */
    private static final class QueryTokenizer {
        private final String text;
        private final List<Token> tokens = new ArrayList<>();
        private int at;

        private QueryTokenizer(String text) {
            this.text = text;
        }

        static List<Token> tokens(String text) {
            QueryTokenizer tokenizer = new QueryTokenizer(text);
            tokenizer.run();
            return List.copyOf(tokenizer.tokens);
        }

        private void run() {
            while (at < text.length()) {
                boolean spaced = at > 0 && whitespace(text.charAt(at - 1));
                char c = text.charAt(at);
                int start = at;
                Kind kind;
                if (whitespace(c)) {
                    at++;
                    continue;
                } else if (c == '"') {
                    at = Math.min(closing(at + 1, '"'), text.length());
                    kind = Kind.PHRASE;
                } else if (c == '(' || c == ')' || c == ':') {
                    at++;
                    kind = c == '(' ? Kind.OPEN : c == ')' ? Kind.CLOSE : Kind.COLON;
                } else if (c == '+' || c == '-' || c == '!') {
                    at++;
                    // a sign before a space is no operator: the parser reads it as a word of no letters
                    kind = at == text.length() || whitespace(text.charAt(at)) ? Kind.STRAY : Kind.MODIFIER;
                } else if (text.startsWith("&&", at) || text.startsWith("||", at)) {
                    at += 2;
                    kind = Kind.CONJUNCTION;
                } else if (c == '^') {
                    kind = number(at + 1) > at + 1 ? Kind.BOOST : Kind.STRAY;
                    at = Math.max(at + 1, number(at + 1));
                } else if (c == '~') {
                    at = number(at + 1);
                    kind = Kind.FUZZY;
                } else if (c == '[' || c == '{') {
                    int end = Math.min(closing(at + 1, ']'), closing(at + 1, '}'));
                    kind = end <= text.length() && range(text.substring(at + 1, end - 1)) ? Kind.RANGE : Kind.STRAY;
                    at = kind == Kind.RANGE ? end : at + 1;
                } else if (c == '/') {
                    int end = closing(at + 1, '/');
                    // an empty expression is a slash typed twice ("http://"), not a search for the empty word
                    kind = end <= text.length() && end > at + 2 ? Kind.REGEX : Kind.STRAY;
                    at = kind == Kind.REGEX ? end : at + 1;
                } else {
                    kind = word();
                }
                tokens.add(new Token(kind, text.substring(start, at), spaced));
            }
        }

        /** A word, with its escaped characters, wildcards and inner - and +; AND, OR and NOT are operators. */
        private Kind word() {
            int start = at;
            while (at < text.length() && !whitespace(text.charAt(at)) && "\"():^[]{}~/!".indexOf(text.charAt(at)) < 0) {
                if (text.charAt(at) == '\\') {
                    if (at + 1 == text.length()) {
                        break;
                    }
                    at++;
                }
                at++;
            }
            if (at == start) {
                // a closing bracket that opened no range, or a backslash that ends the text and escapes nothing
                at++;
                return Kind.STRAY;
            }
            String word = text.substring(start, at);
            return word.equals("AND") || word.equals("OR") ? Kind.CONJUNCTION : word.equals("NOT") ? Kind.MODIFIER : Kind.WORD;
        }

        /** The index after the first unescaped {@code end} from {@code from}, or after the text when there is none. */
        private int closing(int from, char end) {
            for (int i = from; i < text.length(); i++) {
                if (text.charAt(i) == '\\') {
                    i++;
                } else if (text.charAt(i) == end) {
                    return i + 1;
                }
            }
            return text.length() + 1;
        }

        /** The index after the digits (and a fraction) from {@code from}. */
        private int number(int from) {
            int i = from;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
            if (i > from && i + 1 < text.length() && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
                i++;
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
            }
            return i;
        }

        /** Two bounds, with or without TO between them, as the parser takes a range. */
        private static boolean range(String inside) {
            String[] bounds = inside.strip().split("\\s+");
            return bounds.length == 2 && !bounds[0].isEmpty() || bounds.length == 3 && bounds[1].equals("TO");
        }

        /** The whitespace of the parser's lexer; any other character can be part of a word. */
        private static boolean whitespace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000';
        }
    }
}
