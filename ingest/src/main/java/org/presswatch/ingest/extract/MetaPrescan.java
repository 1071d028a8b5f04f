package org.presswatch.ingest.extract;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds the charset a page declares for itself in its first bytes, before it can be decoded:
 * {@code <meta charset=...>}, {@code <meta http-equiv="Content-Type" content="...; charset=...">}
 * or an XML declaration's encoding. Reads the bytes as ASCII, which every charset a page can
 * declare this way agrees with; skips comments, so a commented-out declaration does not count.
 */
final class MetaPrescan {
    private final byte[] b;
    private final int end;

    private MetaPrescan(byte[] bytes, int limit) {
        this.b = bytes;
        this.end = Math.min(bytes.length, limit);
    }

    /** The charset label the page declares within its first {@code limit} bytes, as written. */
    static Optional<String> declaredCharset(byte[] bytes, int limit) {
        return new MetaPrescan(bytes, limit).scan();
    }

    private Optional<String> scan() {
        if (startsWithIgnoreCase(0, "<?xml")) {
            int close = indexOf(0, "?>");
            Optional<String> encoding = attribute(text(0, close < 0 ? end : close), "encoding");
            if (encoding.isPresent()) {
                return encoding;
            }
        }
        int i = 0;
        while (i < end) {
            if (b[i] != '<') {
                i++;
            } else if (startsWithIgnoreCase(i, "<!--")) {
                int close = indexOf(i + 4, "-->");
                i = close < 0 ? end : close + 3;
            } else if (startsWithIgnoreCase(i, "<meta") && i + 5 < end && isSpaceOrSlash(b[i + 5])) {
                int close = indexOf(i, ">");
                String tag = text(i + 5, close < 0 ? end : close);
                Optional<String> charset = fromMeta(tag);
                if (charset.isPresent()) {
                    return charset;
                }
                i = close < 0 ? end : close + 1;
            } else {
                i++;
            }
        }
        return Optional.empty();
    }

    /** The charset of one meta tag's attributes: its charset attribute, or a Content-Type in its content. */
    private static Optional<String> fromMeta(String attributes) {
        Optional<String> charset = attribute(attributes, "charset");
        if (charset.isPresent()) {
            return charset;
        }
        Optional<String> equiv = attribute(attributes, "http-equiv");
        Optional<String> content = attribute(attributes, "content");
        if (equiv.isPresent() && equiv.get().equalsIgnoreCase("content-type") && content.isPresent()) {
            String c = content.get().toLowerCase(Locale.ROOT);
            int at = c.indexOf("charset");
            if (at >= 0) {
                String rest = c.substring(at + 7).stripLeading();
                if (rest.startsWith("=")) {
                    String value = rest.substring(1).strip();
                    int stop = 0;
                    while (stop < value.length() && ";,\"' ".indexOf(value.charAt(stop)) < 0) {
                        stop++;
                    }
                    return stop == 0 ? Optional.empty() : Optional.of(value.substring(0, stop));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The value of attribute {@code name} in a tag's attribute text, with the value unquoted;
     * the attributes are read one after the other, so a name inside another's value is not taken
     * for an attribute.
     */
    static Optional<String> attribute(String attributes, String name) {
        int i = 0;
        int n = attributes.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(attributes.charAt(i)) || attributes.charAt(i) == '/')) {
                i++;
            }
            int nameStart = i;
            while (i < n && !Character.isWhitespace(attributes.charAt(i)) && "=/>".indexOf(attributes.charAt(i)) < 0) {
                i++;
            }
            String attr = attributes.substring(nameStart, i);
            while (i < n && Character.isWhitespace(attributes.charAt(i))) {
                i++;
            }
            String value = "";
            if (i < n && attributes.charAt(i) == '=') {
                i++;
                while (i < n && Character.isWhitespace(attributes.charAt(i))) {
                    i++;
                }
                if (i < n && (attributes.charAt(i) == '"' || attributes.charAt(i) == '\'')) {
                    char quote = attributes.charAt(i++);
                    int close = attributes.indexOf(quote, i);
                    value = attributes.substring(i, close < 0 ? n : close);
                    i = close < 0 ? n : close + 1;
                } else {
                    int valueStart = i;
                    while (i < n && !Character.isWhitespace(attributes.charAt(i)) && attributes.charAt(i) != '>') {
                        i++;
                    }
                    value = attributes.substring(valueStart, i);
                }
            }
            if (attr.isEmpty() && i < n) {
                i++;
            } else if (attr.equalsIgnoreCase(name)) {
                value = value.strip();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private boolean startsWithIgnoreCase(int at, String s) {
        if (at + s.length() > end) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (Character.toLowerCase((char) (b[at + k] & 0xFF)) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(int from, String s) {
        for (int i = from; i + s.length() <= end; i++) {
            if (startsWithIgnoreCase(i, s)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSpaceOrSlash(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/';
    }

    private String text(int from, int to) {
        return new String(b, from, Math.max(0, to - from), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
