package org.presswatch.api.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers of every response, the API's, its errors' (Jetty's included) and the web UI's
 * files': a browser may not sniff another type, frame the page, send the page's address on,
 * or let another site embed the response; the API's answers are never cached, and a JSON answer
 * opened as a page runs nothing. No {@code Server} header names the software (Jetty's is off).
 */
final class SecurityHeaders {
    /** The web UI's policy. */
    static final String PAGE_POLICY = ApiServer.CONTENT_SECURITY_POLICY;
    /** A JSON answer loads and runs nothing, and no page may frame it. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String API_PREFIX = "/api/";
    /** The API's reference page and its files ({@link ApiReference}), under this path. */
    static final String DOCS_PATH = "/api/docs";
    /**
     * The reference page's policy: the web UI's, and images from {@code data:} URLs, on this
     * page alone. Swagger UI's style sheet draws its icons (the arrow of a select, of a model
     * that opens, the copy button, a ticked box) as {@code data:} SVG images, which a browser
     * shows as pictures and never runs. Scripts, styles, the document it reads and the requests
     * it tries stay this server's own.
     */
    static final String DOCS_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final Map<String, String> COMMON = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Resource-Policy", "same-origin");

    private SecurityHeaders() {}

    /** The headers of a response to a request for this path (as sent, before any decoding). */
    static Map<String, String> forPath(String path) {
        Map<String, String> headers = new LinkedHashMap<>(COMMON);
        if (path == null || !path.startsWith(API_PREFIX) && !path.equals(ApiServer.METRICS_PATH)) {
            headers.put("Content-Security-Policy", PAGE_POLICY);
        } else if (path.equals(DOCS_PATH) || path.startsWith(DOCS_PATH + "/")) {
            headers.put("Content-Security-Policy", DOCS_POLICY);
        } else {
            headers.putAll(forApi());
        }
        return headers;
    }

    /** The headers of an API answer or of an error Jetty answers for it. */
    static Map<String, String> forApi() {
        Map<String, String> headers = new LinkedHashMap<>(COMMON);
        headers.put("Content-Security-Policy", API_POLICY);
        headers.put("Cache-Control", "no-store");
        return headers;
    }
}
