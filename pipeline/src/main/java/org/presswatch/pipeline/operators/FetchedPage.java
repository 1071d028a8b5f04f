package org.presswatch.pipeline.operators;

import java.net.URI;
import java.time.Instant;
import org.presswatch.ingest.feed.FeedItem;

/**
 * An article page as downloaded, with the feed item that announced it.
 *
 * @param url where the page was finally fetched from, after redirects
 * @param contentType the Content-Type header, or null
 */
public record FetchedPage(FeedItem item, URI url, String contentType, byte[] body, Instant fetchedAt) {}
