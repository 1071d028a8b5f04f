package org.presswatch.ingest.feed;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.presswatch.ingest.url.UrlCanonicalizer;

/**
 * An interpreter for the simple forms of feedparser's {@code Expect:} expressions, mapped onto what
 * {@link ParsedFeed} and {@link FeedEntry} expose. Supported: conjunctions ({@code and}, with
 * parentheses) of {@code not bozo} and of {@code path == literal}, where the path is one of
 * <ul>
 *   <li>{@code encoding}: compared as charsets ({@code 'us-ascii'} is {@code US-ASCII});
 *   <li>{@code feed['title']} ({@code feed.title}, {@code feed['title_detail']['value']});
 *   <li>{@code feed['link']} ({@code feed.link});
 *   <li>{@code entries[i]['title']}, {@code ['link']}, {@code ['id']} / {@code ['guid']},
 *       {@code ['summary']} / {@code ['description']} (and their {@code _detail['value']}), and the
 *       dates {@code ['published_parsed']} / {@code updated} / {@code issued} / {@code modified} /
 *       {@code created} / {@code date}, the last compared to {@link FeedEntry#published()}.
 * </ul>
 * and the literal a Python string (any prefix and quoting, with {@code +} concatenation) or, for
 * dates, a time tuple (compared as the UTC instant of its first six fields).
 *
 * <p>How feedparser's notions map: {@code not bozo} holds when the file parsed (presswatch has no
 * notion of a feed parsed despite errors, so a bare {@code bozo} is not supported); links compare
 * after {@link UrlCanonicalizer} (presswatch keeps canonical URLs); titles and summaries compare
 * as plain text with white space collapsed, where feedparser's value may be read either as text
 * or as the HTML it usually is (presswatch keeps text only); ids compare exactly. Anything else
 * (other keys, {@code or}, {@code is}, {@code len()}, {@code None}...) is {@link Unsupported}.
 */
final class ExpectExpression {
    /** What an expression asserts about; one per supported path. */
    enum Field { ENCODING, FEED_TITLE, FEED_LINK, ENTRY_TITLE, ENTRY_LINK, ENTRY_ID, ENTRY_SUMMARY, ENTRY_DATE }

    /** The expression uses a form this interpreter does not support. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String reason) {
            super(reason, null, false, false);
        }
    }

    private sealed interface Clause permits NotBozo, Comparison {}

    private record NotBozo() implements Clause {}

    private record Comparison(Field field, int entry, String text, List<Long> tuple) implements Clause {}

    private final String source;
    private final List<Clause> clauses;

    private ExpectExpression(String source, List<Clause> clauses) {
        this.source = source;
        this.clauses = clauses;
    }

    static ExpectExpression parse(String source) throws Unsupported {
        if (source == null || source.isBlank()) {
            throw new Unsupported("no Expect");
        }
        Parser parser = new Parser(Tokenizer.tokens(source));
        List<Clause> clauses = new ArrayList<>();
        parser.conjunction(clauses);
        if (!parser.atEnd()) {
            throw new Unsupported("unsupported token '" + parser.peek() + "'");
        }
        if (clauses.stream().noneMatch(c -> c instanceof Comparison)) {
            throw new Unsupported("asserts nothing but bozo");
        }
        return new ExpectExpression(source, clauses);
    }

    Set<Field> fields() {
        Set<Field> fields = EnumSet.noneOf(Field.class);
        clauses.stream().filter(c -> c instanceof Comparison).forEach(c -> fields.add(((Comparison) c).field()));
        return fields;
    }

    /** The entry indexes the expression looks at. */
    List<Integer> entryIndexes() {
        return clauses.stream().filter(c -> c instanceof Comparison cmp && cmp.entry() >= 0)
                .map(c -> ((Comparison) c).entry()).distinct().toList();
    }

    /** Null when the expression holds for this result (null when the file was rejected), else why not. */
    String failure(ParsedFeed feed) {
        if (feed == null) {
            return "the file was rejected";
        }
        for (Clause clause : clauses) {
            if (clause instanceof Comparison c) {
                String why = check(c, feed);
                if (why != null) {
                    return why;
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return source;
    }

    private static String check(Comparison c, ParsedFeed feed) {
        FeedEntry entry = null;
        if (c.entry() >= 0) {
            if (c.entry() >= feed.entries().size()) {
                return "no entry " + c.entry() + " (" + feed.entries().size() + " entries)";
            }
            entry = feed.entries().get(c.entry());
        }
        return switch (c.field()) {
            case ENCODING -> sameCharset(c.text(), feed.encoding());
            case FEED_TITLE -> sameText(c.text(), feed.title());
            case FEED_LINK -> sameLink(c.text(), feed.link());
            case ENTRY_TITLE -> sameText(c.text(), entry.title());
            case ENTRY_LINK -> sameLink(c.text(), entry.url());
            case ENTRY_ID -> c.text().strip().equals(entry.guid()) ? null : "id " + quote(entry.guid());
            case ENTRY_SUMMARY -> sameText(c.text(), entry.summary());
            case ENTRY_DATE -> sameInstant(c.tuple(), entry.published());
        };
    }

    private static String sameCharset(String expected, Charset actual) {
        try {
            return Charset.forName(expected).equals(actual) ? null : "encoding " + actual;
        } catch (IllegalArgumentException e) {
            return "encoding " + actual + " (Java does not know " + expected + ")";
        }
    }

    private static String sameText(String expected, String actual) {
        String got = collapse(actual);
        if (got.equals(collapse(expected)) || got.equals(collapse(Jsoup.parse(expected).text()))) {
            return null;
        }
        return "text " + quote(actual);
    }

    private static String sameLink(String expected, URI actual) {
        Optional<URI> canonical = UrlCanonicalizer.canonicalize(expected);
        return canonical.isPresent() && canonical.get().equals(actual) ? null : "link " + actual;
    }

    private static String sameInstant(List<Long> tuple, Instant actual) {
        Instant expected = LocalDateTime.of(tuple.get(0).intValue(), tuple.get(1).intValue(), tuple.get(2).intValue(),
                tuple.get(3).intValue(), tuple.get(4).intValue(), tuple.get(5).intValue()).toInstant(ZoneOffset.UTC);
        return expected.equals(actual) ? null : "date " + actual + " (expected " + expected + ")";
    }

    private static String collapse(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static String quote(String s) {
        return s == null ? "null" : "'" + (s.length() > 120 ? s.substring(0, 120) + "..." : s) + "'";
    }

    // ---- tokens ----

    private enum Kind { NAME, STRING, NUMBER, OP, END }

    private record Token(Kind kind, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private static final class Tokenizer {
        static List<Token> tokens(String s) throws Unsupported {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (isStringStart(s, i)) {
                    int[] end = new int[1];
                    tokens.add(new Token(Kind.STRING, string(s, i, end)));
                    i = end[0];
                } else if (Character.isLetter(c) || c == '_') {
                    int j = i;
                    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                        j++;
                    }
                    tokens.add(new Token(Kind.NAME, s.substring(i, j)));
                    i = j;
                } else if (Character.isDigit(c) || c == '-' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                    int j = i + 1;
                    while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                        j++;
                    }
                    tokens.add(new Token(Kind.NUMBER, s.substring(i, j)));
                    i = j;
                } else if (s.startsWith("==", i) || s.startsWith("!=", i)) {
                    tokens.add(new Token(Kind.OP, s.substring(i, i + 2)));
                    i += 2;
                } else {
                    tokens.add(new Token(Kind.OP, String.valueOf(c)));
                    i++;
                }
            }
            tokens.add(new Token(Kind.END, "<end>"));
            return tokens;
        }

        private static boolean isStringStart(String s, int i) {
            int j = i;
            while (j < s.length() && j - i < 2 && "uUrRbB".indexOf(s.charAt(j)) >= 0) {
                j++;
            }
            return j < s.length() && (s.charAt(j) == '\'' || s.charAt(j) == '"')
                    && (j == i || !Character.isLetterOrDigit(i > 0 ? s.charAt(i - 1) : ' '));
        }

        /** A Python string literal starting at i; end[0] is set past it. */
        private static String string(String s, int i, int[] end) throws Unsupported {
            boolean raw = false;
            while ("uUrRbB".indexOf(s.charAt(i)) >= 0) {
                raw |= s.charAt(i) == 'r' || s.charAt(i) == 'R';
                i++;
            }
            char q = s.charAt(i);
            String delimiter = s.startsWith(String.valueOf(q).repeat(3), i) ? String.valueOf(q).repeat(3) : String.valueOf(q);
            int j = i + delimiter.length();
            StringBuilder out = new StringBuilder();
            while (true) {
                if (j >= s.length()) {
                    throw new Unsupported("unterminated string");
                }
                if (s.startsWith(delimiter, j)) {
                    end[0] = j + delimiter.length();
                    return out.toString();
                }
                char c = s.charAt(j);
                if (c == '\\' && j + 1 < s.length()) {
                    char e = s.charAt(j + 1);
                    if (raw) {
                        out.append(c).append(e);
                        j += 2;
                        continue;
                    }
                    switch (e) {
                        case 'n' -> { out.append('\n'); j += 2; }
                        case 't' -> { out.append('\t'); j += 2; }
                        case 'r' -> { out.append('\r'); j += 2; }
                        case '\\', '\'', '"' -> { out.append(e); j += 2; }
                        case 'x' -> { out.append((char) Integer.parseInt(s.substring(j + 2, j + 4), 16)); j += 4; }
                        case 'u' -> { out.append((char) Integer.parseInt(s.substring(j + 2, j + 6), 16)); j += 6; }
                        case 'U' -> { out.appendCodePoint(Integer.parseInt(s.substring(j + 2, j + 10), 16)); j += 10; }
                        default -> throw new Unsupported("escape \\" + e);
                    }
                } else {
                    out.append(c);
                    j++;
                }
            }
        }
    }

    // ---- grammar ----

    private static final class Parser {
        private final List<Token> tokens;
        private int pos;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        Token peek() {
            return tokens.get(pos);
        }

        boolean atEnd() {
            return peek().kind() == Kind.END;
        }

        private boolean accept(String text) {
            if (peek().kind() != Kind.STRING && peek().text().equals(text)) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(String text) throws Unsupported {
            if (!accept(text)) {
                throw new Unsupported("expected '" + text + "' at '" + peek() + "'");
            }
        }

        void conjunction(List<Clause> clauses) throws Unsupported {
            clause(clauses);
            while (accept("and")) {
                clause(clauses);
            }
        }

        private void clause(List<Clause> clauses) throws Unsupported {
            if (accept("not")) {
                expect("bozo");
                clauses.add(new NotBozo());
            } else if (accept("(")) {
                conjunction(clauses);
                expect(")");
            } else {
                clauses.add(comparison());
            }
        }

        private Comparison comparison() throws Unsupported {
            List<Object> path = path();
            expect("==");
            Target target = target(path);
            if (target.field() == Field.ENTRY_DATE) {
                return new Comparison(target.field(), target.entry(), null, tuple());
            }
            StringBuilder text = new StringBuilder(string());
            while (accept("+")) {
                text.append(string());
            }
            return new Comparison(target.field(), target.entry(), text.toString(), null);
        }

        private String string() throws Unsupported {
            Token t = peek();
            if (t.kind() != Kind.STRING) {
                throw new Unsupported("compares to " + t + ", not a string");
            }
            pos++;
            return t.text();
        }

        private List<Long> tuple() throws Unsupported {
            expect("(");
            List<Long> values = new ArrayList<>();
            do {
                Token t = peek();
                if (t.kind() != Kind.NUMBER || t.text().contains(".")) {
                    throw new Unsupported("a date tuple of integers expected at " + t);
                }
                values.add(Long.parseLong(t.text()));
                pos++;
            } while (accept(","));
            expect(")");
            if (values.size() < 6) {
                throw new Unsupported("a date tuple needs six fields");
            }
            return values;
        }

        /** A name followed by subscripts and attributes: strings for keys, integers for indexes. */
        private List<Object> path() throws Unsupported {
            Token name = peek();
            if (name.kind() != Kind.NAME) {
                throw new Unsupported("unsupported term '" + name + "'");
            }
            pos++;
            List<Object> path = new ArrayList<>(List.of(name.text()));
            while (true) {
                if (accept("[")) {
                    Token t = peek();
                    if (t.kind() == Kind.STRING) {
                        path.add(t.text());
                    } else if (t.kind() == Kind.NUMBER && !t.text().contains(".") && !t.text().startsWith("-")) {
                        path.add(Integer.parseInt(t.text()));
                    } else {
                        throw new Unsupported("subscript " + t);
                    }
                    pos++;
                    expect("]");
                } else if (accept(".")) {
                    Token t = peek();
                    if (t.kind() != Kind.NAME) {
                        throw new Unsupported("attribute " + t);
                    }
                    pos++;
                    path.add(t.text());
                } else {
                    return path;
                }
            }
        }
    }

    private record Target(Field field, int entry) {}

    private static Target target(List<Object> path) throws Unsupported {
        Object head = path.get(0);
        if (head.equals("encoding") && path.size() == 1) {
            return new Target(Field.ENCODING, -1);
        }
        if (head.equals("feed")) {
            List<Object> key = path.subList(1, path.size());
            if (key.equals(List.of("title")) || key.equals(List.of("title_detail", "value"))) {
                return new Target(Field.FEED_TITLE, -1);
            }
            if (key.equals(List.of("link"))) {
                return new Target(Field.FEED_LINK, -1);
            }
        }
        if (head.equals("entries") && path.size() >= 3 && path.get(1) instanceof Integer index) {
            List<Object> key = path.subList(2, path.size());
            Field field = entryField(key);
            if (field != null) {
                return new Target(field, index);
            }
        }
        throw new Unsupported("path " + path + " has no counterpart in ParsedFeed");
    }

    private static Field entryField(List<Object> key) {
        if (key.size() == 2 && "value".equals(key.get(1))) {
            if ("title_detail".equals(key.get(0))) {
                return Field.ENTRY_TITLE;
            }
            if ("summary_detail".equals(key.get(0))) {
                return Field.ENTRY_SUMMARY;
            }
            return null;
        }
        if (key.size() != 1) {
            return null;
        }
        return switch (String.valueOf(key.get(0))) {
            case "title" -> Field.ENTRY_TITLE;
            case "link" -> Field.ENTRY_LINK;
            case "id", "guid" -> Field.ENTRY_ID;
            case "summary", "description" -> Field.ENTRY_SUMMARY;
            case "published_parsed", "updated_parsed", "issued_parsed", "modified_parsed", "created_parsed", "date_parsed" ->
                    Field.ENTRY_DATE;
            default -> null;
        };
    }
}
