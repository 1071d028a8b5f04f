package org.presswatch.ingest.fetch;

import java.io.Serializable;

/**
 * What a previous fetch of a URL said about its version, sent back so the server can answer
 * 304 Not Modified instead of the whole body.
 *
 * @param etag the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 */
public record Validators(String etag, String lastModified) implements Serializable {
    public static final Validators NONE = new Validators(null, null);

    public boolean empty() {
        return etag == null && lastModified == null;
    }
}
