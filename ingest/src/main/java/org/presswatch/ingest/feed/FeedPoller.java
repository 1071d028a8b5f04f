package org.presswatch.ingest.feed;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.presswatch.core.model.Source;
import org.presswatch.ingest.fetch.FetchedResource;
import org.presswatch.ingest.fetch.HttpFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a source: fetches each of its feeds (following a sitemap index one level down), parses
 * them and returns the items not seen before. A source that lists no feed gets its feeds
 * discovered from the {@code <link rel="alternate">} elements of its home page. A feed that
 * cannot be fetched or parsed is reported and skipped; the others still count.
 *
 * <p>Blocking; thread-safe as long as each source's {@link SeenItems} is used by one thread.
 */
public final class FeedPoller {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final int MAX_CHILD_SITEMAPS = 5;

    private final HttpFetcher fetcher;
    private final FeedParser parser = new FeedParser();

    /** What one poll of a source found: new items in feed order, and a line per feed that failed. */
    public record Result(List<FeedItem> items, List<String> errors) {}

    public FeedPoller(HttpFetcher fetcher) {
        this.fetcher = fetcher;
    }

    public Result poll(Source source, SeenItems seen) throws InterruptedException {
        List<FeedItem> items = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<URI> feeds = source.feeds();
        if (feeds.isEmpty()) {
            feeds = discover(source, errors);
        }
        for (URI feed : feeds) {
            try {
                ParsedFeed parsed = fetchAndParse(feed);
                List<FeedEntry> entries = new ArrayList<>(parsed.entries());
                for (URI child : parsed.childSitemaps().subList(0, Math.min(MAX_CHILD_SITEMAPS, parsed.childSitemaps().size()))) {
                    try {
                        entries.addAll(fetchAndParse(child).entries());
                    } catch (IOException e) {
                        errors.add(e.getMessage());
                        LOG.warn("source {}: sitemap skipped: {}", source.id(), e.getMessage());
                    }
                }
                for (FeedEntry entry : entries) {
                    FeedItem item = FeedItem.of(source.id(), feed, entry);
                    if (seen.markSeen(item)) {
                        items.add(item);
                    }
                }
            } catch (IOException e) {
                errors.add(e.getMessage());
                LOG.warn("source {}: feed skipped: {}", source.id(), e.getMessage());
            }
        }
        return new Result(items, errors);
    }

    private ParsedFeed fetchAndParse(URI feed) throws IOException, InterruptedException {
        FetchedResource resource = fetcher.fetchNow(feed);
        return parser.parse(resource.body(), resource.contentType(), resource.url());
    }

    /** The feeds a home page advertises with {@code <link rel="alternate">}. */
    private List<URI> discover(Source source, List<String> errors) throws InterruptedException {
        try {
            FetchedResource home = fetcher.fetchNow(source.homepage());
            Document doc = Jsoup.parse(new String(home.body(), home.declaredCharset().orElse(java.nio.charset.StandardCharsets.UTF_8)),
                    home.url().toString());
            List<URI> found = new ArrayList<>();
            for (Element link : doc.select("link[rel=alternate][href][type~=(?i)application/(rss|atom)\\+xml]")) {
                found.add(URI.create(link.absUrl("href")));
            }
            if (found.isEmpty()) {
                errors.add(source.homepage() + ": lists no feed and its home page advertises none");
            }
            return found;
        } catch (IOException | IllegalArgumentException e) {
            errors.add("feed discovery failed: " + e.getMessage());
            LOG.warn("source {}: feed discovery failed: {}", source.id(), e.getMessage());
            return List.of();
        }
    }
}
