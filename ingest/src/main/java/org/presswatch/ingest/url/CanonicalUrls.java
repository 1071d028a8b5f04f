package org.presswatch.ingest.url;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Decides which URL identifies a fetched article: the publisher's declared canonical URL when
 * it is on the same site (same registrable domain, so m.example.vn may point to www.example.vn),
 * otherwise the fetched URL. A page cannot claim another site's URL and so overwrite its
 * articles.
 */
public final class CanonicalUrls {
    private CanonicalUrls() {}

    /**
     * @param fetched the URL the page was fetched from, after redirects
     * @param declared the page's rel=canonical or og:url, or null
     */
    public static URI choose(URI fetched, URI declared) {
        URI base = UrlCanonicalizer.canonicalize(fetched).orElse(fetched);
        if (declared == null || declared.getHost() == null || base.getHost() == null) {
            return base;
        }
        return Objects.equals(site(declared.getHost()), site(base.getHost()))
                ? UrlCanonicalizer.canonicalize(declared).orElse(base)
                : base;
    }

    private static String site(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        String assigned = EffectiveTldFinder.getAssignedDomain(lower, true, false);
        return assigned == null ? lower : assigned;
    }
}
