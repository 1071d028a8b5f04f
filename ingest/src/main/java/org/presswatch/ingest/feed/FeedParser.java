package org.presswatch.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.presswatch.ingest.url.UrlCanonicalizer;

/**
 * Parses RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome, and XML sitemaps, sitemap indexes and
 * Google News sitemaps with crawler-commons. The format is recognised from the document itself,
 * not from the URL or content type. DOCTYPE declarations are refused, so external entities and
 * entity-expansion bombs never reach the XML parser.
 *
 * <p>Takes bytes, the Content-Type header and the document's URL; does no I/O. Items without a
 * usable http(s) link are skipped. Stateless and thread-safe.
 */
public final class FeedParser {
    private static final int SNIFF_BYTES = 2048;
    private static final Pattern FRACTION = Pattern.compile("(T\\d{2}:\\d{2}:\\d{2})\\.(\\d+)");

    public ParsedFeed parse(byte[] body, String contentType, URI url) throws FeedFormatException {
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            return parseSitemap(body, contentType, url);
        }
        return parseFeed(body, contentType, url);
    }

    private static ParsedFeed parseFeed(byte[] body, String contentType, URI url) throws FeedFormatException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            feed = input.build(new StringReader(withMillisecondFractions(readAll(reader))));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FeedFormatException(url, "not a readable RSS or Atom feed: " + e.getMessage(), e);
        }
        String type = feed.getFeedType() == null ? "" : feed.getFeedType().toLowerCase(Locale.ROOT);
        ParsedFeed.Format format = type.startsWith("atom") ? ParsedFeed.Format.ATOM : ParsedFeed.Format.RSS;
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            Optional<URI> link = resolve(url, entry.getLink());
            if (link.isEmpty()) {
                continue;
            }
            String uri = entry.getUri() == null ? "" : entry.getUri().strip();
            // without a guid, Rome repeats the link as written, possibly relative
            String guid = uri.isEmpty() || uri.equals(entry.getLink() == null ? null : entry.getLink().strip()) ? link.get().toString() : uri;
            entries.add(new FeedEntry(link.get(), guid, plainText(entry.getTitle()), plainText(summaryOf(entry)),
                    instant(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate())));
        }
        return new ParsedFeed(format, plainText(feed.getTitle()), entries, List.of());
    }

    private static ParsedFeed parseSitemap(byte[] body, String contentType, URI url) throws FeedFormatException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap sitemap;
        try {
            sitemap = parser.parseSiteMap(contentType == null ? "application/xml" : contentType, body, url.toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            throw new FeedFormatException(url, "not a readable sitemap: " + e.getMessage(), e);
        }
        if (sitemap instanceof SiteMapIndex index) {
            List<URI> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                resolve(url, child.getUrl().toString()).ifPresent(children::add);
            }
            return new ParsedFeed(ParsedFeed.Format.SITEMAP_INDEX, "", List.of(), children);
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SiteMapURL item : ((SiteMap) sitemap).getSiteMapUrls()) {
            Optional<URI> link = resolve(url, item.getUrl().toString());
            if (link.isEmpty()) {
                continue;
            }
            String title = "";
            Instant published = instant(item.getLastModified());
            ExtensionMetadata[] news = item.getAttributesForExtension(Extension.NEWS);
            if (news != null && news.length > 0 && news[0] instanceof NewsAttributes attributes) {
                title = plainText(attributes.getTitle());
                if (attributes.getPublicationDateTime() != null) {
                    published = attributes.getPublicationDateTime().toInstant();
                }
            }
            entries.add(new FeedEntry(link.get(), link.get().toString(), title, "", published));
        }
        return new ParsedFeed(ParsedFeed.Format.SITEMAP, "", entries, List.of());
    }

    /**
     * Rome reads the fraction of a W3C date-time as a count of milliseconds (".1" as 1 ms,
     * ".105263157" as 29 hours); writing every fraction with exactly three digits makes it right.
     */
    static String withMillisecondFractions(String xml) {
        Matcher m = FRACTION.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length());
        while (m.find()) {
            String digits = (m.group(2) + "00").substring(0, 3);
            m.appendReplacement(out, m.group(1) + "." + digits);
        }
        return m.appendTail(out).toString();
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) != -1; ) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    private static String summaryOf(SyndEntry entry) {
        SyndContent description = entry.getDescription();
        if (description != null && description.getValue() != null) {
            return description.getValue();
        }
        return entry.getContents().isEmpty() ? "" : entry.getContents().get(0).getValue();
    }

    /** Feed titles and summaries often carry HTML; presswatch keeps text only. */
    private static String plainText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return html.indexOf('<') < 0 && html.indexOf('&') < 0 ? html.strip() : Jsoup.parse(html).text();
    }

    private static Optional<URI> resolve(URI base, String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            return UrlCanonicalizer.canonicalize(base.resolve(new URI(link.strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
