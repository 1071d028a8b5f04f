package org.presswatch.ingest.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.presswatch.core.util.Validate;

/**
 * A successfully fetched resource: the decoded (decompressed) body bytes and what the server said
 * about them, or, for a conditional request, that it has not changed. The byte array is owned by
 * this record; callers must not modify it.
 *
 * @param requested the URL asked for
 * @param url the URL finally answered, after redirects
 * @param status 2xx, or 304 when a conditional request found the resource unchanged (body empty)
 * @param contentType the Content-Type header, or null when the server sent none
 * @param validators the ETag and Last-Modified the server sent, for the next conditional request
 */
public record FetchedResource(URI requested, URI url, int status, String contentType, byte[] body, Instant fetchedAt,
                              Validators validators) {
    public FetchedResource {
        Validate.notNull(requested, "requested");
        Validate.notNull(url, "url");
        Validate.notNull(body, "body");
        Validate.notNull(fetchedAt, "fetchedAt");
        validators = validators == null ? Validators.NONE : validators;
    }

    public FetchedResource(URI requested, URI url, int status, String contentType, byte[] body, Instant fetchedAt) {
        this(requested, url, status, contentType, body, fetchedAt, Validators.NONE);
    }

    /** True when a conditional request found the resource unchanged since the validators were issued. */
    public boolean notModified() {
        return status == 304;
    }

    /** The charset the Content-Type header declares, when it declares a known one. */
    public Optional<Charset> declaredCharset() {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String part : contentType.split(";")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length == 2 && kv[0].trim().toLowerCase(Locale.ROOT).equals("charset")) {
                try {
                    return Optional.of(Charset.forName(kv[1].trim().replace("\"", "")));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
