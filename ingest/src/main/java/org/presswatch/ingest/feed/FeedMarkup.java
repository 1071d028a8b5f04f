package org.presswatch.ingest.feed;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Rewrites the decoded text of a feed so that a strict XML parser with DOCTYPEs disallowed can
 * read it, and so that nothing in it can make that parser fetch a file or expand entities.
 *
 * <p>Contract of {@link #prepare}:
 * <ul>
 *   <li>XML declarations in the prolog are dropped (the text is already decoded, so their
 *       {@code encoding} means nothing any more);
 *   <li>a DOCTYPE is removed. It is refused when its internal subset declares an external general
 *       entity ({@code SYSTEM} or {@code PUBLIC}: such files are never read) or a general entity
 *       whose value refers to other entities (the shape of entity-expansion bombs). Internal
 *       entities with a literal value are inlined where they are referenced, up to
 *       {@link #MAX_EXPANSION} characters in all; parameter entities are ignored;
 *   <li>outside CDATA sections and comments, a reference to an HTML named entity
 *       ({@code &eacute;}) becomes a numeric character reference; numeric references to C1
 *       controls 128-159 become the windows-1252 characters they stand for in practice, and
 *       references to characters XML forbids become U+FFFD; an ampersand that starts no valid
 *       reference, or an unknown entity, is escaped as {@code &amp;};
 *   <li>characters XML 1.0 forbids are dropped everywhere; raw C1 controls become their
 *       windows-1252 characters.
 * </ul>
 * Markup errors such as unclosed elements are left for {@link FeedDocuments} to repair.
 */
final class FeedMarkup {
    /** Most characters that inlined internal entities may add to a document. */
    static final int MAX_EXPANSION = 1 << 20;
    /** Longest entity or character reference looked for after an ampersand. */
    private static final int MAX_REFERENCE = 72;

    private static final Pattern ENTITY_DECL = Pattern.compile(
            "<!ENTITY\\s+(%\\s+)?([^\\s\"'>]+)\\s+(?:(SYSTEM|PUBLIC)\\b|\"([^\"]*)\"|'([^']*)')");
    private static final Pattern ENTITY_REFERENCE_IN_VALUE = Pattern.compile("&[A-Za-z_:]|%");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_:][A-Za-z0-9._:-]{0,63}");
    private static final Pattern NUMERIC = Pattern.compile("#(?:[xX]([0-9A-Fa-f]{1,8})|([0-9]{1,10}))");
    private static final String WINDOWS_1252_C1 =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private FeedMarkup() {}

    static String prepare(String text) throws FeedRefusal {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        Map<String, String> entities = Map.of();
        // the prolog: whitespace, comments, processing instructions, at most one DOCTYPE
        while (pos < text.length()) {
            int start = skipWhitespace(text, pos);
            if (text.startsWith("<!--", start)) {
                int end = text.indexOf("-->", start + 4);
                pos = end < 0 ? text.length() : end + 3;
                appendClean(out, text, start, pos);
            } else if (text.startsWith("<?", start)) {
                int end = text.indexOf("?>", start + 2);
                pos = end < 0 ? text.length() : end + 2;
                if (!text.regionMatches(true, start, "<?xml", 0, 5) || isNameChar(charAt(text, start + 5))) {
                    appendClean(out, text, start, pos);
                }
            } else if (text.regionMatches(true, start, "<!DOCTYPE", 0, 9)) {
                int end = endOfDoctype(text, start);
                entities = internalEntities(text.substring(start, end));
                pos = end;
            } else {
                out.append(text, pos, start);
                pos = start;
                break;
            }
        }
        body(text, pos, entities, out);
        return out.toString();
    }

    private static void body(String text, int pos, Map<String, String> entities, StringBuilder out) throws FeedRefusal {
        long expansion = 0;
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == '<' && text.startsWith("<![CDATA[", pos)) {
                int end = text.indexOf("]]>", pos + 9);
                int stop = end < 0 ? n : end + 3;
                appendClean(out, text, pos, stop);
                pos = stop;
            } else if (c == '<' && text.startsWith("<!--", pos)) {
                int end = text.indexOf("-->", pos + 4);
                int stop = end < 0 ? n : end + 3;
                appendClean(out, text, pos, stop);
                pos = stop;
            } else if (c == '&') {
                int semicolon = semicolonWithin(text, pos + 1, MAX_REFERENCE);
                String ref = semicolon < 0 ? null : text.substring(pos + 1, semicolon);
                String replacement = ref == null ? null : reference(ref, entities);
                if (replacement == null) {
                    out.append("&amp;");
                    pos++;
                } else {
                    if (entities.containsKey(ref)) {
                        expansion += replacement.length();
                        if (expansion > MAX_EXPANSION) {
                            throw new FeedRefusal("its DOCTYPE entities expand to more than " + MAX_EXPANSION + " characters");
                        }
                    }
                    out.append(replacement);
                    pos = semicolon + 1;
                }
            } else {
                appendClean(out, text, pos, pos + 1);
                pos++;
            }
        }
    }

    /** What to write for {@code &ref;}, or null when the ampersand must be escaped. */
    private static String reference(String ref, Map<String, String> entities) {
        Matcher numeric = NUMERIC.matcher(ref);
        if (numeric.matches()) {
            long cp;
            try {
                cp = numeric.group(1) != null ? Long.parseLong(numeric.group(1), 16) : Long.parseLong(numeric.group(2));
            } catch (NumberFormatException e) {
                return "&#xFFFD;";
            }
            if (cp >= 0x80 && cp <= 0x9F) {
                return "&#" + (int) WINDOWS_1252_C1.charAt((int) cp - 0x80) + ";";
            }
            return cp > Character.MAX_CODE_POINT || !isXmlChar((int) cp) ? "&#xFFFD;" : "&" + ref + ";";
        }
        if (!NAME.matcher(ref).matches()) {
            return null;
        }
        switch (ref) {
            case "lt", "gt", "amp", "quot", "apos" -> {
                return "&" + ref + ";";
            }
            default -> { }
        }
        String declared = entities.get(ref);
        if (declared != null) {
            StringBuilder clean = new StringBuilder(declared.length());
            appendClean(clean, declared, 0, declared.length());
            return clean.toString();
        }
        if (Entities.isNamedEntity(ref)) {
            int[] codepoints = new int[2];
            int count = Entities.codepointsForName(ref, codepoints);
            StringBuilder numeric2 = new StringBuilder();
            for (int i = 0; i < count; i++) {
                numeric2.append("&#").append(codepoints[i]).append(';');
            }
            return count == 0 ? null : numeric2.toString();
        }
        return null;
    }

    /** The index just past the DOCTYPE that starts at {@code start}. */
    private static int endOfDoctype(String text, int start) throws FeedRefusal {
        char quote = 0;
        boolean subset = false;
        for (int i = start + 9; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (subset && text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0) {
                    break;
                }
                i = end + 2;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                subset = true;
            } else if (c == ']') {
                subset = false;
            } else if (c == '>' && !subset) {
                return i + 1;
            }
        }
        throw new FeedRefusal("its DOCTYPE declaration never ends");
    }

    /** The internal general entities a DOCTYPE declares with a literal value; refuses dangerous ones. */
    private static Map<String, String> internalEntities(String doctype) throws FeedRefusal {
        Map<String, String> entities = new HashMap<>();
        String declarations = doctype.replaceAll("(?s)<!--.*?-->", "");
        Matcher m = ENTITY_DECL.matcher(declarations);
        while (m.find()) {
            if (m.group(1) != null) {
                continue; // a parameter entity: the DTD is dropped, so it is never expanded
            }
            String name = m.group(2);
            if (m.group(3) != null) {
                throw new FeedRefusal("its DOCTYPE declares the external entity '" + name
                        + "' (external entities are never resolved)");
            }
            String value = m.group(4) != null ? m.group(4) : m.group(5);
            if (ENTITY_REFERENCE_IN_VALUE.matcher(value).find()) {
                throw new FeedRefusal("its DOCTYPE declares the entity '" + name
                        + "' in terms of other entities (entity expansion is refused)");
            }
            entities.putIfAbsent(name, value);
        }
        return entities;
    }

    private static void appendClean(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\t' || c == '\r') {
                out.append(c);
            } else if (c >= 0x80 && c <= 0x9F) {
                out.append(WINDOWS_1252_C1.charAt(c - 0x80));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c >= 0x7F && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                out.append(c);
            }
        }
    }

    /** The index of the first ';' in text[from, from + limit), or -1: bounded, so that '&&&...' stays linear. */
    private static int semicolonWithin(String text, int from, int limit) {
        int stop = Math.min(text.length(), from + limit);
        for (int i = from; i < stop; i++) {
            if (text.charAt(i) == ';') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    private static int skipWhitespace(String text, int pos) {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static char charAt(String text, int i) {
        return i < text.length() ? text.charAt(i) : ' ';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':';
    }
}
