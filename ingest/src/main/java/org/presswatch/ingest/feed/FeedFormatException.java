package org.presswatch.ingest.feed;

import java.io.IOException;
import java.net.URI;

/** A fetched document is not a feed or sitemap presswatch can read; the message says why. */
public class FeedFormatException extends IOException {
    private final URI url;

    public FeedFormatException(URI url, String reason, Throwable cause) {
        super(url + ": " + reason, cause);
        this.url = url;
    }

    public URI url() {
        return url;
    }
}
