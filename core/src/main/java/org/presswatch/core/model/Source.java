package org.presswatch.core.model;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.presswatch.core.util.Validate;

/**
 * A news outlet presswatch monitors, as listed in the sources registry.
 *
 * @param feeds RSS, Atom or sitemap URLs; empty means "discover from the homepage"
 * @param country ISO 3166-1 alpha-2 code of the country the outlet publishes from
 * @param languages ISO 639-1 codes of the languages it publishes in
 * @param provinces 2025 province codes the outlet covers; empty for national or foreign outlets
 * @param reliabilityTier 1 (established, with editorial standards) to 3 (unknown or partisan)
 */
public record Source(
        String id,
        String name,
        URI homepage,
        List<URI> feeds,
        String country,
        List<String> languages,
        List<String> provinces,
        int reliabilityTier,
        Duration pollInterval) implements java.io.Serializable {

    public static final String HOME_COUNTRY = "VN";

    public Source {
        Validate.matches(id, "[a-z0-9][a-z0-9_-]{0,63}", "source id");
        Validate.notBlank(name, "name");
        requireHttp(Validate.notNull(homepage, "homepage"), id);
        feeds = Validate.copyOf(feeds, "feeds");
        feeds.forEach(feed -> requireHttp(feed, id));
        Validate.matches(country, "[A-Z]{2}", "country of source " + id);
        languages = Validate.copyOf(languages, "languages");
        languages.forEach(lang -> Validate.matches(lang, "[a-z]{2}", "language of source " + id));
        provinces = Validate.copyOf(provinces, "provinces");
        provinces.forEach(code -> Provinces.require(code));
        Validate.inRange(reliabilityTier, 1, 3, "reliability tier of source " + id);
        Validate.notNull(pollInterval, "pollInterval");
        Validate.isTrue(pollInterval.compareTo(Duration.ofSeconds(1)) >= 0,
                "poll interval of source %s must be at least 1s, was %s", id, pollInterval);
    }

    /** Domestic outlets publish from Vietnam; a Vietnamese-language outlet abroad is foreign. */
    public boolean domestic() {
        return HOME_COUNTRY.equals(country);
    }

    private static void requireHttp(URI uri, String id) {
        String scheme = uri.getScheme();
        Validate.isTrue(uri.isAbsolute() && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                && uri.getHost() != null, "source %s: '%s' is not an absolute http(s) URL", id, uri);
    }
}
