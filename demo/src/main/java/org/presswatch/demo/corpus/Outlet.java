package org.presswatch.demo.corpus;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.presswatch.core.model.Source;
import org.presswatch.core.util.Validate;

/**
 * A fictional news outlet of the demo newsroom, as described in {@code corpus/outlets.yaml}.
 *
 * @param domain the outlet's host name under the reserved .example domain
 * @param feed the one feed format it publishes: rss, atom or news-sitemap
 * @param template the page layout family its article pages use
 */
public record Outlet(String id, String name, String domain, String language, String country, List<String> provinces,
                     FeedFormat feed, Template template, int reliability, List<Section> sections) {

    public enum FeedFormat {
        RSS("/rss.xml"), ATOM("/atom.xml"), NEWS_SITEMAP("/sitemap-news.xml");

        private final String path;

        FeedFormat(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    public enum Template { PORTAL, CLASSIC, INTERNATIONAL, MAGAZINE }

    /** A section of the outlet's site, such as "Thời sự" or "Sports". */
    public record Section(String slug, String name) {
        public Section {
            Validate.matches(slug, "[a-z0-9-]+", "section slug");
            Validate.notBlank(name, "section name");
        }
    }

    public Outlet {
        Validate.matches(id, "[a-z0-9]+", "outlet id");
        Validate.notBlank(name, "name");
        Validate.matches(domain, "[a-z0-9.-]+\\.example", "domain");
        Validate.matches(language, "[a-z]{2}", "language");
        Validate.matches(country, "[A-Z]{2}", "country");
        provinces = Validate.copyOf(provinces, "provinces");
        Validate.notNull(feed, "feed");
        Validate.notNull(template, "template");
        sections = Validate.copyOf(sections, "sections");
        Validate.isTrue(!sections.isEmpty(), "outlet %s has no sections", id);
    }

    public String homepage() {
        return "http://" + domain + "/";
    }

    public String feedUrl() {
        return "http://" + domain + feed.path();
    }

    /** The outlet as a source presswatch polls every {@code pollInterval}. */
    public Source asSource(Duration pollInterval) {
        return new Source(id, name, URI.create(homepage()), List.of(URI.create(feedUrl())), country, List.of(language), provinces,
                reliability, pollInterval);
    }

    /** The time zone the outlet prints its dates in. */
    public ZoneId zone() {
        return ZoneId.of(switch (country) {
            case "VN" -> "Asia/Ho_Chi_Minh";
            case "US" -> "America/Los_Angeles";
            case "AU" -> "Australia/Sydney";
            case "GB" -> "Europe/London";
            case "TH" -> "Asia/Bangkok";
            case "SG" -> "Asia/Singapore";
            case "PH" -> "Asia/Manila";
            case "FR" -> "Europe/Paris";
            case "CN" -> "Asia/Shanghai";
            default -> "UTC";
        });
    }

    public Section section(String slug) {
        return sections.stream().filter(s -> s.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("outlet " + id + " has no section " + slug));
    }
}
