package org.presswatch.ingest.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides how an HTML page's bytes are decoded, in the order browsers use: a byte order mark,
 * then the charset of the HTTP Content-Type header, then the page's own declaration
 * ({@code <meta charset>}, {@code <meta http-equiv="Content-Type">} or an XML declaration)
 * within its first {@value #PRESCAN_BYTES} bytes, and only then a guess from the bytes: UTF-8
 * when they are valid UTF-8, windows-1258 when they read as Vietnamese in it, else
 * windows-1252. A declared charset that Java does not know is ignored, and the next source
 * decides. As in browsers, ISO-8859-1 and US-ASCII labels mean windows-1252, its superset.
 *
 * <p>One departure from browsers: a page declared in a single-byte Western charset whose bytes
 * are valid UTF-8 with multi-byte sequences is read as UTF-8. Servers and templates get the
 * label wrong far more often than Latin-1 text happens to form valid UTF-8, and a Vietnamese
 * page read in the wrong charset is lost to every later stage.
 */
final class HtmlCharset {
    /** How far to look for the page's own declaration: browsers look at 1024 bytes, real heads put it later. */
    static final int PRESCAN_BYTES = 8192;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    /** Where the charset came from. */
    enum Source { BYTE_ORDER_MARK, HTTP_HEADER, DOCUMENT, DETECTED, CONTRADICTED }

    /**
     * The decision: the charset, where it came from, and how many leading bytes (a byte order
     * mark) to skip.
     */
    record Decision(Charset charset, Source source, int skip) {
        /** The page's text. */
        String decode(byte[] bytes) {
            return new String(bytes, skip, bytes.length - skip, charset);
        }
    }

    private HtmlCharset() {}

    /** Decides the charset of {@code bytes}, served with the given Content-Type header (null when unknown). */
    static Decision of(byte[] bytes, String contentType) {
        Optional<Decision> bom = byteOrderMark(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> header = charsetParameter(contentType);
        if (header.isPresent()) {
            return contradicted(header.get(), bytes) ? new Decision(StandardCharsets.UTF_8, Source.CONTRADICTED, 0)
                    : new Decision(header.get(), Source.HTTP_HEADER, 0);
        }
        Optional<Charset> declared = MetaPrescan.declaredCharset(bytes, PRESCAN_BYTES).flatMap(HtmlCharset::forLabel);
        if (declared.isPresent()) {
            // a page that could be read as ASCII to find its declaration is not UTF-16, whatever it says
            Charset charset = declared.get().name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : declared.get();
            return contradicted(charset, bytes) ? new Decision(StandardCharsets.UTF_8, Source.CONTRADICTED, 0)
                    : new Decision(charset, Source.DOCUMENT, 0);
        }
        return new Decision(detect(bytes), Source.DETECTED, 0);
    }

    private static Optional<Decision> byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new Decision(StandardCharsets.UTF_8, Source.BYTE_ORDER_MARK, 3));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new Decision(StandardCharsets.UTF_16BE, Source.BYTE_ORDER_MARK, 2));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new Decision(StandardCharsets.UTF_16LE, Source.BYTE_ORDER_MARK, 2));
        }
        return Optional.empty();
    }

    /** The charset parameter of a Content-Type value, when it names a charset Java knows. */
    static Optional<Charset> charsetParameter(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String param : contentType.split(";")) {
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                return forLabel(param.substring(eq + 1).strip().replace("\"", "").replace("'", ""));
            }
        }
        return Optional.empty();
    }

    /** The charset a label names, with the browsers' aliases; empty for unknown labels. */
    static Optional<Charset> forLabel(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        switch (name) {
            case "", "x-user-defined" -> {
                return name.isEmpty() ? Optional.empty() : Optional.of(WINDOWS_1252);
            }
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp1252", "windows-1252" -> {
                return Optional.of(WINDOWS_1252);
            }
            case "utf8", "unicode-1-1-utf-8" -> {
                return Optional.of(StandardCharsets.UTF_8);
            }
            default -> {
                try {
                    return Optional.of(Charset.forName(name));
                } catch (RuntimeException unknown) {
                    return Optional.empty();
                }
            }
        }
    }

    /** A single-byte Western label on bytes that are UTF-8, multi-byte sequences and all. */
    private static boolean contradicted(Charset declared, byte[] bytes) {
        String name = declared.name().toLowerCase(Locale.ROOT);
        boolean singleByteWestern = name.equals("windows-1252") || name.startsWith("iso-8859-");
        if (!singleByteWestern) {
            return false;
        }
        boolean multiByte = false;
        for (byte b : bytes) {
            if ((b & 0x80) != 0) {
                multiByte = true;
                break;
            }
        }
        return multiByte && isUtf8(bytes);
    }

    /** The best guess for undeclared bytes. */
    static Charset detect(byte[] bytes) {
        if (isUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        return looksLikeVietnamese1258(bytes) ? WINDOWS_1258 : WINDOWS_1252;
    }

    /** Whether the bytes are well-formed UTF-8 (pure ASCII is). */
    static boolean isUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int extra;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + extra >= b.length) {
                return false;
            }
            int code = c & (0x3F >> extra);
            for (int k = 1; k <= extra; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                code = code << 6 | cc & 0x3F;
            }
            if (code < min || code > 0x10FFFF || code >= 0xD800 && code <= 0xDFFF) {
                return false;
            }
            i += extra + 1;
        }
        return true;
    }

    /**
     * Windows-1258 writes most Vietnamese letters as a vowel followed by one of five combining
     * tone marks (bytes CC, EC, DE, D2, F2), and đ as F0: in Vietnamese text these make up a large
     * share of the bytes above 127. In windows-1252 text the same bytes are ì, Ì, Þ, Ò, ò and ð,
     * which follow a vowel rarely even in Italian.
     */
    static boolean looksLikeVietnamese1258(byte[] b) {
        int high = 0;
        int vietnamese = 0;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                continue;
            }
            high++;
            boolean tone = c == 0xCC || c == 0xEC || c == 0xDE || c == 0xD2 || c == 0xF2;
            if (tone && i > 0 && isVietnameseVowel(b[i - 1] & 0xFF) || c == 0xF0 || c == 0xD0) {
                vietnamese++;
            }
        }
        return vietnamese >= 3 && vietnamese >= 0.3 * high;
    }

    /** a e i o u y in either case, and â ê ô ă ơ ư as windows-1258 writes them. */
    private static boolean isVietnameseVowel(int c) {
        return switch (c | 0x20) {
            case 'a', 'e', 'i', 'o', 'u', 'y' -> true;
            default -> c == 0xE2 || c == 0xC2 || c == 0xEA || c == 0xCA || c == 0xF4 || c == 0xD4 || c == 0xE3 || c == 0xC3
                    || c == 0xF5 || c == 0xD5 || c == 0xFD || c == 0xDD;
        };
    }
}
