package org.presswatch.ingest.fetch;

import java.io.IOException;
import java.net.URI;

/**
 * A fetch failed: the server could not be reached, answered with an error status, or sent a body
 * presswatch will not read. Carries the URL and, when the server answered, the HTTP status.
 */
public class FetchException extends IOException {
    private final URI url;
    private final int status;

    /**
     * @param status the HTTP status, or 0 when no response was received
     */
    public FetchException(URI url, int status, String reason, Throwable cause) {
        super(url + (status > 0 ? " (HTTP " + status + ")" : "") + ": " + reason, cause);
        this.url = url;
        this.status = status;
    }

    public FetchException(URI url, int status, String reason) {
        this(url, status, reason, null);
    }

    public URI url() {
        return url;
    }

    /** The HTTP status, or 0 when no response was received. */
    public int status() {
        return status;
    }
}
