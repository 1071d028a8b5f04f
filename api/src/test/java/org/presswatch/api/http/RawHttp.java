package org.presswatch.api.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a bare socket, for requests no HTTP client would send: invalid UTF-8 and control
 * bytes in the request line, garbage instead of a request line, oversized or duplicated headers.
 * One request per connection: the request is written whole, the sending side shut, and the
 * answer read to the end of the connection, within a timeout.
 */
final class RawHttp {
    private RawHttp() {}

    /** What came back on the connection. */
    sealed interface Outcome permits Reply, Closed, TimedOut {}

    /**
     * An answer.
     *
     * @param headers by lower-case name
     */
    record Reply(int status, Map<String, List<String>> headers, byte[] body) implements Outcome {
        Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** The server closed the connection without an answer (or reset it before one was read). */
    record Closed(String how) implements Outcome {}

    /** No answer, and no end of the connection, within the timeout. */
    record TimedOut() implements Outcome {}

    /** A request as the bytes of its text, ISO-8859-1 (each char one byte, as sent). */
    static byte[] bytes(String request) {
        return request.getBytes(StandardCharsets.ISO_8859_1);
    }

    static Outcome send(int port, byte[] request, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) timeout.toMillis());
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
                socket.shutdownOutput();
            } catch (SocketException e) {
                // the server may refuse and close before it has read everything (a header too large): read what it said
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[16_384];
            InputStream in = socket.getInputStream();
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received.write(buffer, 0, n);
                    if (System.nanoTime() > deadline) {
                        return new TimedOut();
                    }
                }
            } catch (SocketTimeoutException e) {
                return new TimedOut();
            } catch (SocketException e) {
                if (received.size() == 0) {
                    return new Closed("reset: " + e.getMessage());
                }
            }
            boolean head = new String(request, 0, Math.min(5, request.length), StandardCharsets.ISO_8859_1).equals("HEAD ");
            return received.size() == 0 ? new Closed("closed") : parse(received.toByteArray(), head);
        }
    }

    /**
     * The first answer in the bytes after any interim 1xx, its body de-chunked. Only its own body:
     * what follows it is the answer to whatever the server read next on the connection (a body
     * its headers did not announce, say).
     *
     * @param head whether it answers a HEAD request, which has no body whatever its headers say
     */
    static Outcome parse(byte[] raw, boolean head) {
        int start = 0;
        while (true) {
            int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            if (end < 0) {
                return new Closed("cut short: " + new String(raw, start, Math.min(80, raw.length - start), StandardCharsets.ISO_8859_1));
            }
            String[] lines = new String(raw, start, end - start, StandardCharsets.ISO_8859_1).split("\r\n");
            String[] statusLine = lines[0].split(" ", 3);
            int status = Integer.parseInt(statusLine[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).strip());
            }
            int bodyStart = end + 4;
            if (status >= 100 && status < 200) {
                start = bodyStart;
                continue;
            }
            byte[] rest = Arrays.copyOfRange(raw, bodyStart, raw.length);
            List<String> length = headers.getOrDefault("content-length", List.of());
            byte[] body = head || status == 204 || status == 304 ? new byte[0]
                    : headers.getOrDefault("transfer-encoding", List.of()).contains("chunked") ? dechunk(rest)
                    : length.isEmpty() ? rest : Arrays.copyOf(rest, Math.min(rest.length, Integer.parseInt(length.get(0))));
            return new Reply(status, headers, body);
        }
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
            String sizeText = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeText.split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
