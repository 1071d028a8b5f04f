package org.presswatch.ingest.fetch;

import java.io.IOException;
import java.net.URI;

/**
 * A fetch failed: the server could not be reached, answered with an error status, or sent a body
 * presswatch will not read, or the URL was refused (robots.txt, a non-public address). Carries
 * the URL and, when the server answered, the HTTP status.
 */
public class FetchException extends IOException {
    private final URI url;
    private final int status;
    private final boolean transientFailure;

    /**
     * @param status the HTTP status, or 0 when no response was received
     * @param transientFailure true when trying again later may succeed (a timeout, a reset connection)
     */
    public FetchException(URI url, int status, String reason, Throwable cause, boolean transientFailure) {
        super(url + (status > 0 ? " (HTTP " + status + ")" : "") + ": " + reason, cause);
        this.url = url;
        this.status = status;
        this.transientFailure = transientFailure;
    }

    public FetchException(URI url, int status, String reason, Throwable cause) {
        this(url, status, reason, cause, false);
    }

    public FetchException(URI url, int status, String reason) {
        this(url, status, reason, null, false);
    }

    public URI url() {
        return url;
    }

    /** The HTTP status, or 0 when no response was received. */
    public int status() {
        return status;
    }

    /** True when the same request may succeed if tried again. */
    public boolean isTransient() {
        return transientFailure;
    }
}
