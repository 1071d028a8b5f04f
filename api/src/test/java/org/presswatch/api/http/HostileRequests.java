package org.presswatch.api.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.presswatch.core.util.ClientText;

/**
 * Malformed and hostile HTTP/1.x requests, drawn from a {@link Random}: any method token, paths
 * of the API's routes with anything after them, query strings with any names and values, any
 * headers, cookies and bodies, other HTTP versions, and garbage instead of a request. Each part
 * is drawn by a helper of its own. A request's text is ISO-8859-1, one char a byte, so that it
 * can carry any byte (invalid UTF-8, control bytes) exactly as sent.
 */
final class HostileRequests {
    /** A request to send, and what it is for messages: the first of it, escaped. */
    record Hostile(String target, byte[] bytes) {
        String describe() {
            String text = new String(bytes, 0, Math.min(bytes.length, 160), StandardCharsets.ISO_8859_1);
            return ClientText.safe(text) + (bytes.length > 160 ? " (" + bytes.length + " bytes)" : "");
        }
    }

    static final List<String> ROUTES = List.of("/api/v1/articles", "/api/v1/histogram", "/api/v1/articles/{id}/similar",
            "/api/v1/articles/{id}", "/api/v1/alerts", "/api/v1/alerts/{id}", "/api/v1/sources", "/api/v1/provinces",
            "/api/v1/topics", "/api/v1/library/{id}", "/api/v1/reindex", "/api/v1/health", "/api/v1/session", "/api/v1/users",
            "/api/v1/users/{id}", "/api/v1/users/{id}/password", "/api/v1/tokens", "/api/v1/tokens/{id}", "/api/v1/audit", "/",
            "/index.html", "/main.js", "/app.css", "/favicon.svg", "/api", "/api/v2/articles", "");
    private static final List<String> METHODS = List.of("GET", "GET", "GET", "GET", "HEAD", "POST", "POST", "PUT", "DELETE",
            "PATCH", "OPTIONS", "TRACE", "CONNECT", "QUERY", "PROPFIND", "BREW", "get", "G3T", "M-SEARCH", "GET\u0000",
            "", "GET /", "\u00c9T\u00c9");
    private static final List<String> PARAMETERS = List.of("q", "province", "topic", "lang", "source", "origin", "from", "to",
            "since", "min_risk", "topic_min", "sort", "limit", "offset", "after", "bucket", "kind", "callback", "__proto__", "",
            "q[]", "limit%00", "%C3%28", "a".repeat(300));
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "text/plain", "text/html", "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz",
            "application/xml", "application/merge-patch+json", "image/png", ";;;", "application/json; charset=\u00ff",
            "*/*", "application/json\u0000");

    private HostileRequests() {}

    /**
     * @param credentials header lines that sign a request in (a token of each scope, a session's
     *     cookie with and without its CSRF token), one of which most requests carry, so that the
     *     routes behind the sign-in read what they are sent
     */
    static Hostile next(Random random, List<String> credentials) {
        if (random.nextInt(100) < 4) {
            return garbage(random);
        }
        String target = target(random);
        byte[] body = body(random);
        String signedIn = random.nextInt(10) < 7 ? pick(random, credentials) : random.nextInt(3) == 0 ? credential(random) : "";
        String head = method(random) + " " + target + version(random) + "\r\n" + signedIn + headers(random, body) + "\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return new Hostile(target, out.toByteArray());
    }

    static String method(Random random) {
        return random.nextInt(10) == 0 ? letters(random, 1 + random.nextInt(12)).toUpperCase(java.util.Locale.ROOT) : pick(random, METHODS);
    }

    /** The request target: a route's path, most often with something after it, and a query string. */
    static String target(Random random) {
        String path = pick(random, ROUTES).replace("{id}", id(random));
        if (random.nextInt(3) == 0) {
            path += suffix(random);
        }
        if (random.nextInt(30) == 0) {
            path = pick(random, List.of("*", "http://t" + path, "//" + path, "\\" + path, path.replace('/', '\\'), "?" + path));
        }
        return random.nextInt(3) == 0 ? path : path + "?" + queryString(random);
    }

    /** An id in a route's path; not the fixture's "busy" library entry, whose 503 is the server's state, not the request's doing. */
    static String id(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "0".repeat(32);
            case 1 -> hex(random, 32);
            case 2 -> "paracels";
            case 3 -> "story-x";
            default -> percentEncoded(random, text(random, 1 + random.nextInt(40)));
        };
    }

    /** What may follow a route's path: separators, dot segments, encoded NUL and slash, long or invalid segments. */
    static String suffix(Random random) {
        return switch (random.nextInt(16)) {
            case 0 -> "/";
            case 1 -> "%00";
            case 2 -> "%2F" + letters(random, 3);
            case 3 -> "/..";
            case 4 -> "/../../etc/passwd";
            case 5 -> "/%2e%2e/%2e%2e/";
            case 6 -> "/" + "x".repeat(random.nextInt(3) == 0 ? 17_000 : 1 + random.nextInt(5_000));
            case 7 -> "%G1%";
            case 8 -> "%C3%28";
            case 9 -> "%FF%FE";
            case 10 -> "/\u00ff\u00fe\u00c3\u0028";
            case 11 -> "/" + controlByte(random);
            case 12 -> ";jsessionid=" + hex(random, 8);
            case 13 -> "/" + percentEncoded(random, text(random, 10));
            case 14 -> "//" + letters(random, 4) + "//";
            default -> "#" + letters(random, 5);
        };
    }

    static String queryString(Random random) {
        StringBuilder query = new StringBuilder();
        int parameters = random.nextInt(7);
        for (int i = 0; i < parameters; i++) {
            query.append(i == 0 ? "" : pick(random, List.of("&", "&", "&", ";", "&&")));
            query.append(pick(random, PARAMETERS)).append(random.nextInt(15) == 0 ? "" : "=" + value(random));
        }
        return query.toString();
    }

    /** A parameter's value as sent: numbers of every size and form, dates, known and unknown words, controls, long text. */
    static String value(Random random) {
        return switch (random.nextInt(22)) {
            case 0 -> "99999999999";
            case 1 -> "-" + random.nextInt(1000);
            case 2 -> pick(random, List.of("NaN", "Infinity", "-Infinity", "0x1p3", "1e999", "0.5d", "1_000", "٣", "+5", " 7 "));
            case 3 -> "9".repeat(1 + random.nextInt(400));
            case 4 -> String.valueOf(random.nextInt(200));
            case 5 -> String.valueOf(random.nextDouble() * 2 - 0.5);
            case 6 -> pick(random, List.of("2026-11-20", "2026-13-45", "+1000000000-01-01T00:00:00Z", "0000-01-01", "yesterday",
                    "2026-11-20T03:00:00Z", "-999999999-01-01T00:00:00Z"));
            case 7 -> pick(random, List.of("vi", "en", "xx", "und", "VIE", "zh-Hans", "English", ""));
            case 8 -> pick(random, List.of("51", "99", "Quảng Ngãi", "Da Nag", "Atlantis", "01,48,91,,"));
            case 9 -> pick(random, List.of("sovereignty", "weather", "relevance", "newest", "risk", "spike", "domestic", "foreign",
                    "straits", "duyenhai", "week", "hour"));
            case 10 -> "%00" + letters(random, 3) + "%0A%0D%09%1B%7F%C2%85";
            case 11 -> "%E2%80%AE" + letters(random, 5) + "%E2%81%A6%E2%80%8B%E2%80%A8";
            case 12 -> letters(random, random.nextInt(4) == 0 ? 20_000 : 1 + random.nextInt(3_000));
            case 13 -> pick(random, List.of("%C3%28", "%FF", "%ED%A0%80", "%G1", "%", "%%", "%E2%82"));
            case 14 -> "\u00ff\u00c3\u0028" + controlByte(random);
            case 15 -> percentEncoded(random, pick(random, List.of("\"unclosed", "title:(", "*", "~", "a AND OR NOT", "((((((((", "\\",
                    "biển đông", "\"\"", "?*?*?*?*", "[1 TO", "/regex/", "a~99", "^^^")));
            case 16 -> "U09SVA";
            case 17 -> base64(random, 1 + random.nextInt(120));
            case 18 -> percentEncoded(random, text(random, 1 + random.nextInt(60)));
            case 19 -> "";
            case 20 -> "=&=&==";
            default -> letters(random, 1 + random.nextInt(10));
        };
    }

    /** The protocol after the target (with its space), most often HTTP/1.1. */
    static String version(Random random) {
        return switch (random.nextInt(20)) {
            case 0 -> " HTTP/1.0";
            case 1 -> " HTTP/2.0";
            case 2 -> pick(random, List.of(" HTTP/9.9", " HTTP/1.1 extra", " http/1.1", " HTTP/1", " HTTP/1.1\u0000", ""));
            case 3 -> "  HTTP/1.1";
            default -> " HTTP/1.1";
        };
    }

    /** The header lines: most often a Host, any others, cookies, and the ones the body needs, right or wrong. */
    /** A made-up or malformed credential. */
    static String credential(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "Authorization: Bearer pwt_" + letters(random, 43) + "\r\n";
            case 1 -> "Authorization: Basic " + letters(random, 20) + "\r\n";
            case 2 -> "Authorization: " + text(random, random.nextInt(200)) + "\r\n";
            case 3 -> "Cookie: " + Gatekeeper.SESSION_COOKIE + "=" + text(random, random.nextInt(200)) + "\r\n";
            default -> "Authorization: Bearer\r\nAuthorization: Bearer x\r\n";
        };
    }

    static String headers(Random random, byte[] body) {
        StringBuilder headers = new StringBuilder();
        if (random.nextInt(25) != 0) {
            headers.append("Host: ").append(random.nextInt(30) == 0 ? letters(random, 300) + ":x" : "t").append("\r\n");
        }
        if (random.nextInt(30) == 0) {
            headers.append("Host: other\r\n");
        }
        int others = random.nextInt(4);
        for (int i = 0; i < others; i++) {
            headers.append(header(random));
        }
        if (random.nextInt(5) == 0) {
            headers.append(cookies(random));
        }
        if (body.length > 0 || random.nextInt(10) == 0) {
            headers.append(bodyHeaders(random, body));
        }
        if (random.nextInt(4) != 0) {
            headers.append("Connection: close\r\n");
        }
        return headers.toString();
    }

    static String header(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> "X-Big: " + letters(random, random.nextInt(3) == 0 ? 20_000 : 1 + random.nextInt(6_000)) + "\r\n";
            case 1 -> ("X-Many-" + letters(random, 2) + ": 0123456789\r\n").repeat(1 + random.nextInt(900));
            case 2 -> "Accept: " + pick(random, List.of("text/html", "*/*", "application/xml", "", "text/plain;q=0", "\u00ff")) + "\r\n";
            case 3 -> "Accept-Charset: " + pick(random, List.of("nonsense", "utf-16", "iso-8859-1;q=0")) + "\r\n";
            case 4 -> "X-Control: a" + controlByte(random) + "b\r\n";
            case 5 -> "Bad Header Name: x\r\n";
            case 6 -> ": no name\r\n";
            case 7 -> "no-colon\r\n";
            case 8 -> "Expect: " + pick(random, List.of("100-continue", "200-ok", "")) + "\r\n";
            case 9 -> "Range: " + pick(random, List.of("bytes=0-10", "bytes=999999-", "bytes=-5,3-1", "lines=1-2")) + "\r\n";
            case 10 -> "X-Folded: a\r\n  folded continuation\r\n";
            default -> "If-None-Match: " + pick(random, List.of("*", "\"x\"", "W/")) + "\r\n";
        };
    }

    static String cookies(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "Cookie: " + "c=" + letters(random, random.nextInt(3) == 0 ? 20_000 : 2_000) + "\r\n";
            case 1 -> ("Cookie: a=1; b=2\r\n").repeat(2 + random.nextInt(50));
            case 2 -> "Cookie: ;;;=;=a;\u00ff=\u0001\r\n";
            case 3 -> "Cookie: " + "k=v; ".repeat(1 + random.nextInt(2_000)) + "\r\n";
            default -> "Cookie: JSESSIONID=" + hex(random, 32) + "\r\n";
        };
    }

    /** Content-Type, and a Content-Length or a Transfer-Encoding that tells the body's length truly or not. */
    static String bodyHeaders(Random random, byte[] body) {
        String type = random.nextInt(6) == 0 ? "" : "Content-Type: " + pick(random, CONTENT_TYPES) + "\r\n";
        String length = switch (random.nextInt(8)) {
            case 0 -> "Content-Length: " + (body.length + 1 + random.nextInt(100)) + "\r\n";
            case 1 -> "Content-Length: " + pick(random, List.of("-1", "abc", "99999999999999999999", "5, 6")) + "\r\n";
            case 2 -> "Content-Length: " + body.length + "\r\nContent-Length: " + (body.length + 1) + "\r\n";
            case 3 -> "Transfer-Encoding: " + pick(random, List.of("chunked", "gzip", "chunked, gzip", "identity")) + "\r\n";
            case 4 -> "";
            default -> "Content-Length: " + body.length + "\r\n";
        };
        return type + length;
    }

    /** A body, most often none: JSON, text, random bytes, a chunked one, or one over the API's limit. */
    static byte[] body(Random random) {
        return switch (random.nextInt(20)) {
            case 0 -> "{\"all\": true}".getBytes(StandardCharsets.UTF_8);
            case 1 -> "{\"x\": [[[[[[[[[[".getBytes(StandardCharsets.UTF_8);
            case 2 -> randomBytes(random, 1 + random.nextInt(5_000));
            case 3 -> "5\r\nhello\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
            case 4 -> "zz\r\nbroken chunk\r\n".getBytes(StandardCharsets.ISO_8859_1);
            case 5 -> random.nextInt(10) == 0 ? randomBytes(random, 1_100_000) : "a=b&c=d".getBytes(StandardCharsets.ISO_8859_1);
            default -> new byte[0];
        };
    }

    /** Not a request: random bytes, a TLS hello, bare line ends, half a request line, a request of HTTP/0.9. */
    static Hostile garbage(Random random) {
        Supplier<byte[]> kind = pick(random, List.<Supplier<byte[]>>of(
                () -> randomBytes(random, 1 + random.nextInt(300)),
                () -> new byte[] {0x16, 0x03, 0x01, 0x00, (byte) 0xa5, 0x01, 0x00, 0x00, (byte) 0xa1, 0x03, 0x03},
                () -> "\r\n\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
                () -> "GET /api/v1/health".getBytes(StandardCharsets.ISO_8859_1),
                () -> "GET /api/v1/health\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
                () -> ("GET /api/v1/health HTTP/1.1\r\nHost: t\r\n" + "X: y\r\n".repeat(5) + "\n\n").getBytes(StandardCharsets.ISO_8859_1),
                () -> "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)));
        return new Hostile("(garbage)", kind.get());
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String letters(Random random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    private static String hex(Random random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(Character.forDigit(random.nextInt(16), 16));
        }
        return s.toString();
    }

    private static String base64(Random random, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    /** Text of any script, with control, format and bidi characters among it. */
    private static String text(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.appendCodePoint(switch (random.nextInt(8)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> pick(random, List.of(0x202E, 0x2066, 0x200B, 0x2028, 0xFEFF, 0x85, 0x7F, 0x1F30A, 0xE0001));
                case 2 -> 0x4E00 + random.nextInt(500);
                case 3 -> pick(random, List.of((int) 'Đ', (int) 'ể', (int) 'ô', (int) 'ạ'));
                default -> 'a' + random.nextInt(26);
            });
        }
        return s.toString();
    }

    /** Text as a URL carries it: its UTF-8 bytes, percent-encoded. */
    private static String percentEncoded(Random random, String text) {
        StringBuilder s = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            s.append(c < 0x80 && Character.isLetterOrDigit(c) && random.nextInt(4) != 0 ? String.valueOf((char) c)
                    : String.format("%%%02X", c));
        }
        return s.toString();
    }

    private static char controlByte(Random random) {
        return (char) pick(random, List.of(0x00, 0x01, 0x07, 0x08, 0x0b, 0x1b, 0x7f, 0x85, 0x9b)).intValue();
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
