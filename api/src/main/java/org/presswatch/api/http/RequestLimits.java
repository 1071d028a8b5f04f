package org.presswatch.api.http;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.util.ClientText;

/**
 * The limits and rules every request meets before a route reads it: the URL's length (414), a
 * query string that is valid percent-encoded UTF-8 (400; Jetty would otherwise pass on invalid
 * bytes as U+FFFD and drop a malformed escape silently), the body's declared size (413), and a
 * body of JSON only where a route may read one (415). Jetty applies the rest of the limits: the
 * size of the request line and headers, and the idle timeout.
 */
final class RequestLimits {
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    private final PresswatchConfig.Api.Limits limits;

    RequestLimits(PresswatchConfig.Api.Limits limits) {
        this.limits = limits;
    }

    /** The checks of every request, answered or not by a route. */
    void check(Context ctx) {
        HttpServletRequest request = ctx.req();
        String query = request.getQueryString();
        int length = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
        if (length > limits.maxUrlLength()) {
            throw new ApiException(414, "uri_too_long", "the URL is " + length + " characters long; this API takes at most "
                    + limits.maxUrlLength());
        }
        if (query != null) {
            String problem = queryStringProblem(query);
            if (problem != null) {
                throw ApiException.badRequest("the query string " + problem);
            }
        }
        long declared = request.getContentLengthLong();
        if (declared > limits.maxBodyBytes()) {
            ctx.header("Connection", "close");
            throw new ApiException(413, "payload_too_large", "the request body is " + declared + " bytes long; this API takes at most "
                    + limits.maxBodyBytes());
        }
    }

    /** The check of a request a route will answer: a body it may read is JSON. */
    void checkBody(Context ctx) {
        HttpServletRequest request = ctx.req();
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        if (hasBody && BODY_METHODS.contains(request.getMethod()) && !isJson(request.getContentType())) {
            throw new ApiException(415, "unsupported_media_type", "this API reads request bodies of JSON only (Content-Type: "
                    + "application/json), not " + (request.getContentType() == null ? "a body without a Content-Type"
                    : ClientText.quote(request.getContentType())));
        }
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
    }

    /**
     * Why a raw query string is not valid percent-encoded UTF-8, or null when it is: every
     * {@code %} followed by two hexadecimal digits, and the bytes they stand for UTF-8.
     */
    static String queryStringProblem(String query) {
        ByteBuffer bytes = ByteBuffer.allocate(query.length() * 4);
        for (int i = 0; i < query.length(); ) {
            int c = query.codePointAt(i);
            if (c == '%') {
                int high = i + 1 < query.length() ? Character.digit(query.charAt(i + 1), 16) : -1;
                int low = i + 2 < query.length() ? Character.digit(query.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    return "has a % at character " + (i + 1) + " not followed by two hexadecimal digits (write a % itself as %25)";
                }
                bytes.put((byte) (high << 4 | low));
                i += 3;
            } else {
                bytes.put(Character.toString(c).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return null;
        } catch (CharacterCodingException e) {
            return "is not UTF-8 once its %-escapes are decoded (%C3%28 and %FF are not characters)";
        }
    }
}
