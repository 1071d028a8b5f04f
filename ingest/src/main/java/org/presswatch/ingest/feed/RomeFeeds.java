package org.presswatch.ingest.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.presswatch.ingest.url.UrlCanonicalizer;

/**
 * Reads Rome's model of a feed, together with the XML tree it was built from, into a
 * {@link ParsedFeed}.
 *
 * <p>Contract of {@link #read}:
 * <ul>
 *   <li>links are resolved against the {@code xml:base} in scope (RSS as well as Atom), else the
 *       document's URL, then canonicalized ({@link UrlCanonicalizer}); an item whose link is not a
 *       usable http(s) URL is skipped, and so is an RSS item whose only link is a permalink
 *       {@code guid} that is not an absolute URL;
 *   <li>the feed's link is its alternate link (Atom) or channel link (RSS), resolved the same way;
 *   <li>the guid is the feed's own id of the item, else the item's absolute URL;
 *   <li>titles and summaries are plain text ({@link FeedText}); the summary is the description,
 *       else the first content;
 *   <li>the date is the published date, else the updated one, as Rome reads them, else the first
 *       date-like child of the item that {@link FeedDates} can read.
 * </ul>
 * The XML tree is only used when its items line up one to one with Rome's entries.
 */
final class RomeFeeds {
    private static final List<String> DATE_ELEMENTS =
            List.of("published", "pubDate", "issued", "date", "created", "updated", "modified");

    private RomeFeeds() {}

    static ParsedFeed read(SyndFeed feed, Document document, URI url, Charset charset) {
        String type = feed.getFeedType() == null ? "" : feed.getFeedType().toLowerCase(Locale.ROOT);
        ParsedFeed.Format format = type.startsWith("atom") ? ParsedFeed.Format.ATOM : ParsedFeed.Format.RSS;
        Element root = document.getRootElement();
        Element channel = child(root, "channel").orElse(root);
        List<Element> items = itemElements(root, channel);
        boolean aligned = items.size() == feed.getEntries().size();
        List<FeedEntry> entries = new ArrayList<>();
        for (int i = 0; i < feed.getEntries().size(); i++) {
            entry(feed.getEntries().get(i), aligned ? items.get(i) : null, url).ifPresent(entries::add);
        }
        Optional<URI> link = resolve(base(child(channel, "link").orElse(channel), url), siteLink(feed));
        String title = FeedText.plain(valueOf(feed.getTitleEx(), feed.getTitle()), declaredType(channel, "title"));
        if (title.isEmpty() && feed.getModule(DCModule.URI) instanceof DCModule dc) {
            title = FeedText.plain(dc.getTitle());
        }
        return new ParsedFeed(format, title, link.orElse(null), charset, entries, List.of());
    }

    /** The alternate link of an Atom feed (Rome gives the first, often rel="self"), the link of RSS. */
    private static String siteLink(SyndFeed feed) {
        for (SyndLink link : feed.getLinks()) {
            if (link.getRel() == null || link.getRel().isBlank() || link.getRel().equals("alternate")) {
                return link.getHref();
            }
        }
        return feed.getLinks().isEmpty() ? feed.getLink() : null;
    }

    private static Optional<FeedEntry> entry(SyndEntry entry, Element item, URI url) {
        String rawLink = entry.getLink();
        if (item != null && child(item, "link").isEmpty() && rawLink != null && !isAbsoluteHttp(rawLink)) {
            return Optional.empty(); // Rome took a guid that is no URL for the link
        }
        Optional<URI> link = resolve(item == null ? url : base(child(item, "link").orElse(item), url), rawLink);
        if (link.isEmpty()) {
            return Optional.empty();
        }
        String uri = entry.getUri() == null ? "" : entry.getUri().strip();
        // without a guid, Rome repeats the link as written, possibly relative
        String guid = uri.isEmpty() || uri.equals(rawLink == null ? null : rawLink.strip()) ? link.get().toString() : uri;
        String title = FeedText.plain(valueOf(entry.getTitleEx(), entry.getTitle()), item == null ? null : declaredType(item, "title"));
        if (title.isEmpty() && entry.getModule(DCModule.URI) instanceof DCModule dc) {
            title = FeedText.plain(dc.getTitle());
        }
        return Optional.of(new FeedEntry(link.get(), guid, title, summaryOf(entry, item), dateOf(entry, item)));
    }

    private static String summaryOf(SyndEntry entry, Element item) {
        SyndContent description = entry.getDescription();
        if (description != null && description.getValue() != null) {
            return FeedText.plain(description.getValue(), item == null ? null : declaredType(item, "summary"));
        }
        if (entry.getContents().isEmpty()) {
            return "";
        }
        return FeedText.plain(entry.getContents().get(0).getValue(), item == null ? null : declaredType(item, "content"));
    }

    private static Instant dateOf(SyndEntry entry, Element item) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (date != null) {
            return date.toInstant();
        }
        if (item == null) {
            return null;
        }
        for (String name : DATE_ELEMENTS) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name)) {
                    Optional<Instant> parsed = FeedDates.parse(child.getTextNormalize());
                    if (parsed.isPresent()) {
                        return parsed.get();
                    }
                }
            }
        }
        return null;
    }

    private static String valueOf(SyndContent content, String fallback) {
        return content != null && content.getValue() != null ? content.getValue() : fallback;
    }

    /** The {@code type} attribute the document gives a child element, or null when it gives none. */
    private static String declaredType(Element parent, String name) {
        return child(parent, name).map(e -> e.getAttributeValue("type")).orElse(null);
    }

    /** RSS items (under the channel, or the root in RSS 1.0) or Atom entries, in document order. */
    private static List<Element> itemElements(Element root, Element channel) {
        List<Element> items = new ArrayList<>();
        for (Element child : root.getChildren()) {
            if (child.getName().equals("item") || child.getName().equals("entry")) {
                items.add(child);
            }
        }
        if (channel != root) {
            for (Element child : channel.getChildren()) {
                if (child.getName().equals("item")) {
                    items.add(child);
                }
            }
        }
        return items;
    }

    private static Optional<Element> child(Element parent, String name) {
        for (Element child : parent.getChildren()) {
            if (child.getName().equals(name)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** The base URI in scope at an element: its and its ancestors' xml:base over the document URL. */
    private static URI base(Element element, URI url) {
        List<String> bases = new ArrayList<>();
        for (Element e = element; e != null; e = e.getParentElement()) {
            String base = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (base != null && !base.isBlank()) {
                bases.add(0, base.strip());
            }
        }
        URI result = url;
        for (String base : bases) {
            try {
                result = result.resolve(new URI(lenient(base)));
            } catch (URISyntaxException | IllegalArgumentException e) {
                // an unusable xml:base is ignored
            }
        }
        return result;
    }

    static Optional<URI> resolve(URI base, String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            return UrlCanonicalizer.canonicalize(base.resolve(new URI(lenient(link.strip()))).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isAbsoluteHttp(String link) {
        String l = link.strip().toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    /** Percent-encodes the ASCII characters URIs forbid but feeds write anyway (spaces, braces...). */
    private static String lenient(String link) {
        StringBuilder out = new StringBuilder(link.length());
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c <= 0x20 || "\"<>\\^`{|}".indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
