package org.presswatch.ingest.url;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces the many URLs of one article to one: scheme and host in lower case, default port,
 * fragment and tracking parameters dropped, an empty path made "/". Two URLs that differ only in
 * those ways are the same article. Stateless and thread-safe.
 */
public final class UrlCanonicalizer {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "yclid", "mc_cid", "mc_eid", "igshid", "_ga", "_gl", "ref_src", "zarsrc", "zalo_source", "mkt_tok", "vero_id",
            "oly_anon_id", "oly_enc_id", "__twitter_impression", "ocid", "cmpid");

    private static final Pattern AUTHORITY = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?)([^:/?#\\[\\]]+)");

    private UrlCanonicalizer() {}

    /** The canonical form of an absolute http(s) URL, or empty when the text is not one. */
    public static Optional<URI> canonicalize(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            return canonicalize(new URI(withAsciiHost(url.strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** java.net.URI takes no Unicode host names: write them in punycode (báo.vn is xn--bo-mia.vn). */
    private static String withAsciiHost(String url) {
        Matcher m = AUTHORITY.matcher(url);
        if (!m.lookingAt() || m.group(2).chars().allMatch(c -> c < 0x80)) {
            return url;
        }
        return m.group(1) + IDN.toASCII(m.group(2), IDN.ALLOW_UNASSIGNED) + url.substring(m.end(2));
    }

    public static Optional<URI> canonicalize(URI uri) {
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort() == defaultPort(scheme) ? -1 : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = withoutTracking(uri.getRawQuery());
        StringBuilder out = new StringBuilder(scheme).append("://").append(host);
        if (port != -1) {
            out.append(':').append(port);
        }
        out.append(path);
        if (query != null) {
            out.append('?').append(query);
        }
        try {
            return Optional.of(new URI(out.toString()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? null : String.join("&", kept);
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }
}
