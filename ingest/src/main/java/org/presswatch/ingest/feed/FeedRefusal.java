package org.presswatch.ingest.feed;

/**
 * A helper of {@link FeedParser} found that a document cannot be read; the message says why in
 * words fit for an operator. {@link FeedParser} turns it into a {@link FeedFormatException} that
 * names the URL.
 */
final class FeedRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    FeedRefusal(String reason) {
        super(reason);
    }

    FeedRefusal(String reason, Throwable cause) {
        super(reason, cause);
    }
}
