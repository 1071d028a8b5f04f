package org.presswatch.ingest.feed;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.presswatch.ingest.url.UrlCanonicalizer;

/**
 * Reads XML sitemaps, sitemap indexes and Google News sitemaps with crawler-commons (which
 * refuses DOCTYPEs). Contract: locations must be absolute http(s) URLs and are canonicalized,
 * others are skipped; an entry's guid is its URL; its title and date come from the news extension
 * when present, the date otherwise from {@code lastmod}.
 */
final class SitemapReader {
    private SitemapReader() {}

    static ParsedFeed read(byte[] body, String contentType, URI url) throws FeedFormatException {
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
                canonical(url, child.getUrl().toString()).ifPresent(children::add);
            }
            return new ParsedFeed(ParsedFeed.Format.SITEMAP_INDEX, "", List.of(), children);
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SiteMapURL item : ((SiteMap) sitemap).getSiteMapUrls()) {
            Optional<URI> link = canonical(url, item.getUrl().toString());
            if (link.isEmpty()) {
                continue;
            }
            String title = "";
            Instant published = item.getLastModified() == null ? null : item.getLastModified().toInstant();
            ExtensionMetadata[] news = item.getAttributesForExtension(Extension.NEWS);
            if (news != null && news.length > 0 && news[0] instanceof NewsAttributes attributes) {
                title = FeedText.plain(attributes.getTitle());
                if (attributes.getPublicationDateTime() != null) {
                    published = attributes.getPublicationDateTime().toInstant();
                }
            }
            entries.add(new FeedEntry(link.get(), link.get().toString(), title, "", published));
        }
        return new ParsedFeed(ParsedFeed.Format.SITEMAP, "", entries, List.of());
    }

    private static Optional<URI> canonical(URI base, String link) {
        return RomeFeeds.resolve(base, link);
    }
}
