package org.presswatch.ingest.feed;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.presswatch.core.model.Source;
import org.presswatch.ingest.crawl.FeedState;
import org.presswatch.ingest.crawl.PollSchedule;
import org.presswatch.ingest.fetch.FetchedResource;
import org.presswatch.ingest.fetch.HttpFetcher;
import org.presswatch.ingest.fetch.Validators;
import org.presswatch.ingest.url.UrlCanonicalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a source: fetches each of its feeds conditionally (an unchanged feed costs a 304 and no
 * parsing), follows a sitemap index one level down, and returns the items not taken before with
 * the source's next {@link FeedState}. A source that lists no feed gets its feeds discovered
 * from the {@code <link rel="alternate">} elements of its home page. A feed that cannot be
 * fetched or parsed is reported and skipped; the others still count.
 *
 * <p>Blocking and stateless (the state comes in and goes out); thread-safe.
 */
public final class FeedPoller {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final int MAX_CHILD_SITEMAPS = 5;

    private final HttpFetcher fetcher;
    private final FeedParser parser = new FeedParser();

    /**
     * What one poll found: new items in feed order, a line per feed that failed, and the state to
     * poll with next time.
     */
    public record Result(List<FeedItem> items, List<String> errors, FeedState state) {}

    public FeedPoller(HttpFetcher fetcher) {
        this.fetcher = fetcher;
    }

    public Result poll(Source source, FeedState state, Instant now) throws InterruptedException {
        List<FeedItem> items = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        SeenItems seen = new SeenItems(SeenItems.DEFAULT_CAPACITY, state.seen());
        Map<String, Validators> validators = new HashMap<>(state.validators());
        List<URI> feeds = source.feeds();
        List<String> discovered = state.discovered();
        if (feeds.isEmpty()) {
            discovered = discover(source, state.discovered(), validators, errors);
            feeds = discovered.stream().map(URI::create).toList();
        }
        int reached = 0;
        for (URI feed : feeds) {
            try {
                List<FeedEntry> entries = new ArrayList<>();
                ParsedFeed parsed = fetchAndParse(feed, validators);
                reached++;
                if (parsed != null) {
                    entries.addAll(parsed.entries());
                    for (URI child : parsed.childSitemaps().subList(0, Math.min(MAX_CHILD_SITEMAPS, parsed.childSitemaps().size()))) {
                        try {
                            ParsedFeed childFeed = fetchAndParse(child, validators);
                            if (childFeed != null) {
                                entries.addAll(childFeed.entries());
                            }
                        } catch (IOException e) {
                            errors.add(e.getMessage());
                            LOG.warn("source {}: sitemap skipped: {}", source.id(), e.getMessage());
                        }
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
        boolean success = reached > 0;
        int failures = success ? 0 : state.consecutiveFailures() + 1;
        var interval = PollSchedule.next(source, state.interval(), items.size(), failures);
        FeedState next = new FeedState(source.id(), validators, discovered, seen.keys(), now, success ? now : state.lastSuccess(),
                errors.isEmpty() ? null : String.join("; ", errors), failures, interval, now.plus(interval),
                FeedState.recent(state.recentItems(), items.size(), now));
        return new Result(items, errors, next);
    }

    /** The parsed feed, or null when the server says it has not changed since the last poll. */
    private ParsedFeed fetchAndParse(URI feed, Map<String, Validators> validators) throws IOException, InterruptedException {
        FetchedResource resource = fetcher.fetchNow(feed, validators.getOrDefault(feed.toString(), Validators.NONE));
        if (resource.notModified()) {
            return null;
        }
        ParsedFeed parsed = parser.parse(resource.body(), resource.contentType(), resource.url());
        remember(feed, resource.validators(), validators);
        return parsed;
    }

    /** The feeds a home page advertises with {@code <link rel="alternate">}; the last ones found when it has not changed. */
    private List<String> discover(Source source, List<String> known, Map<String, Validators> validators, List<String> errors)
            throws InterruptedException {
        URI homepage = source.homepage();
        try {
            FetchedResource home = fetcher.fetchNow(homepage, known.isEmpty() ? Validators.NONE
                    : validators.getOrDefault(homepage.toString(), Validators.NONE));
            if (home.notModified()) {
                return known;
            }
            Document doc = Jsoup.parse(new String(home.body(), home.declaredCharset().orElse(StandardCharsets.UTF_8)),
                    home.url().toString());
            List<String> found = new ArrayList<>();
            for (Element link : doc.select("link[rel=alternate][href][type~=(?i)application/(rss|atom)\\+xml]")) {
                UrlCanonicalizer.canonicalize(link.absUrl("href")).ifPresent(u -> found.add(u.toString()));
            }
            if (found.isEmpty()) {
                errors.add(homepage + ": lists no feed and its home page advertises none");
            }
            remember(homepage, home.validators(), validators);
            return found;
        } catch (IOException | IllegalArgumentException e) {
            errors.add("feed discovery failed: " + e.getMessage());
            LOG.warn("source {}: feed discovery failed: {}", source.id(), e.getMessage());
            return known;
        }
    }

    private static void remember(URI url, Validators fresh, Map<String, Validators> validators) {
        if (fresh.empty()) {
            validators.remove(url.toString());
        } else {
            validators.put(url.toString(), fresh);
        }
    }
}
