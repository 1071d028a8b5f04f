package org.presswatch.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a feed into text, choosing the character encoding the way RFC 3023 and
 * feed readers do, and leniently when a label is wrong.
 *
 * <p>Contract: {@link #decode} never fails. It tries, in order, and keeps the first encoding that
 * decodes the whole body without a malformed byte:
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16, UTF-32), or the byte pattern of {@code <} in UTF-16 or
 *       UTF-32 without one: these are decisive and decoded with replacement characters;
 *   <li>the {@code charset} parameter of the Content-Type;
 *   <li>US-ASCII for {@code text/xml}, {@code text/xml-external-parsed-entity} and
 *       {@code text/*+xml} without a charset (RFC 3023 section 3.1; a body that is not ASCII falls
 *       through to its own declaration, which makes the decoded text what RFC 7303 gives);
 *   <li>the {@code encoding} of the XML declaration;
 *   <li>UTF-8;
 *   <li>windows-1252, with replacement characters (never fails).
 * </ol>
 * Labels Java does not know are skipped; GB2312 and GBK are read as their superset GB18030; a
 * UTF-16 or UTF-32 label on a body whose bytes are ASCII-compatible is ignored.
 */
final class FeedEncoding {
    /** The text of a body and the encoding it was decoded with. */
    record Decoded(String text, Charset charset) {}

    private static final Pattern CHARSET_PARAM = Pattern.compile(";\\s*charset\\s*=\\s*[\"']?([^\"';\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._:-]*)[\"']");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int DECLARATION_BYTES = 512;

    private FeedEncoding() {}

    static Decoded decode(byte[] body, String contentType) {
        Optional<Decoded> wide = wideEncoding(body);
        if (wide.isPresent()) {
            return wide.get();
        }
        List<Charset> candidates = new ArrayList<>();
        charsetParameter(contentType).ifPresent(candidates::add);
        if (isTextXml(contentType)) {
            candidates.add(StandardCharsets.US_ASCII);
        }
        declaredEncoding(body).ifPresent(candidates::add);
        candidates.add(StandardCharsets.UTF_8);
        for (Charset charset : candidates) {
            Optional<String> text = decodeStrictly(body, charset);
            if (text.isPresent()) {
                return new Decoded(text.get(), charset);
            }
        }
        return new Decoded(decodeReplacing(body, 0, WINDOWS_1252), WINDOWS_1252);
    }

    /** A byte order mark, or the first character {@code <} in a UTF-16 or UTF-32 layout. */
    private static Optional<Decoded> wideEncoding(byte[] b) {
        int n = b.length;
        int b0 = n > 0 ? b[0] & 0xFF : -1;
        int b1 = n > 1 ? b[1] & 0xFF : -1;
        int b2 = n > 2 ? b[2] & 0xFF : -1;
        int b3 = n > 3 ? b[3] & 0xFF : -1;
        Charset charset = null;
        int skip = 0;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF) {
            charset = UTF_32BE;
            skip = 4;
        } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00) {
            charset = UTF_32LE;
            skip = 4;
        } else if (b0 == 0xFE && b1 == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (b0 == 0xFF && b1 == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (b0 == 0x00 && b1 == 0x00 && b2 == 0x00 && b3 == 0x3C) {
            charset = UTF_32BE;
        } else if (b0 == 0x3C && b1 == 0x00 && b2 == 0x00 && b3 == 0x00) {
            charset = UTF_32LE;
        } else if (b0 == 0x00 && b1 == 0x3C && b2 == 0x00 && b3 > 0x00) {
            charset = StandardCharsets.UTF_16BE;
        } else if (b0 == 0x3C && b1 == 0x00 && b2 > 0x00 && b3 == 0x00) {
            charset = StandardCharsets.UTF_16LE;
        }
        if (charset == null) {
            return Optional.empty();
        }
        return Optional.of(new Decoded(decodeReplacing(b, skip, charset), charset));
    }

    private static Optional<Charset> charsetParameter(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = CHARSET_PARAM.matcher(contentType);
        return m.find() ? charsetFor(m.group(1)) : Optional.empty();
    }

    /** RFC 3023: text/xml and its kin without a charset are US-ASCII. */
    private static boolean isTextXml(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/") || CHARSET_PARAM.matcher(contentType).find()) {
            return false;
        }
        return type.equals("text/xml") || type.equals("text/xml-external-parsed-entity") || type.endsWith("+xml");
    }

    private static Optional<Charset> declaredEncoding(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        return m.find() ? charsetFor(m.group(1)) : Optional.empty();
    }

    /** The charset of a label, or empty when Java does not know it or it cannot describe these bytes. */
    static Optional<Charset> charsetFor(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("cp936")) {
            name = "gb18030";
        }
        try {
            Charset charset = Charset.forName(name);
            String canonical = charset.name().toUpperCase(Locale.ROOT);
            // the body was found ASCII-compatible: a wide encoding named in it is a lie
            return canonical.startsWith("UTF-16") || canonical.startsWith("UTF-32") ? Optional.empty() : Optional.of(charset);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> decodeStrictly(byte[] body, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(body));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String decodeReplacing(byte[] body, int offset, Charset charset) {
        return new String(body, offset, body.length - offset, charset);
    }
}
