package org.presswatch.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * One HTTP GET with java.net.http, redirects not followed: the User-Agent, a bound on the whole
 * exchange (java.net.http's own timeout ends when the headers arrive), gzip and deflate decoding,
 * and a cap on the body enforced while it downloads and again after decompression. Any status
 * comes back as a {@link Response}; only transport failures throw. Thread-safe.
 */
final class Exchange {
    /** An answer, whatever its status. */
    record Response(URI url, int status, HttpHeaders headers, byte[] body) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final HttpFetcher.Settings settings;
    private final HttpClient client;

    Exchange(HttpFetcher.Settings settings) {
        this.settings = settings;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (settings.proxy() != null) {
            builder.proxy(ProxySelector.of(settings.proxy()));
        }
        this.client = builder.build();
    }

    Response get(URI url, Validators validators) throws FetchException, InterruptedException {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(url)
                    .timeout(settings.requestTimeout())
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
                    .header("Accept-Encoding", "gzip, deflate")
                    .GET();
        } catch (IllegalArgumentException e) {
            throw new FetchException(url, 0, "not a fetchable URL: " + e.getMessage(), e);
        }
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request.build(),
                info -> new LimitedBodySubscriber(settings.maxBodyBytes()));
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new FetchException(url, 0, "timed out", e, true);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw failure(url, e.getCause());
        }
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").trim().toLowerCase(Locale.ROOT);
        try {
            return new Response(url, response.statusCode(), response.headers(), decode(response.body(), encoding));
        } catch (IOException e) {
            throw new FetchException(url, response.statusCode(), e.getMessage(), e);
        }
    }

    private byte[] decode(byte[] raw, String encoding) throws IOException {
        InputStream in = switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(raw));
            case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(raw));
            case "identity", "" -> null;
            default -> throw new IOException("unsupported Content-Encoding '" + encoding + "'");
        };
        if (in == null || raw.length == 0) {
            return raw;
        }
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            for (int n; (n = in.read(chunk)) != -1; ) {
                if (out.size() + (long) n > settings.maxBodyBytes()) {
                    throw new IOException("body larger than " + settings.maxBodyBytes() + " bytes after decompression");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static FetchException failure(URI url, Throwable cause) {
        if (cause instanceof LimitedBodySubscriber.BodyTooLargeException) {
            return new FetchException(url, 0, cause.getMessage(), cause);
        } else if (cause instanceof HttpTimeoutException) {
            return new FetchException(url, 0, "timed out", cause, true);
        } else if (cause instanceof java.net.ConnectException) {
            return new FetchException(url, 0, "cannot connect (host unreachable, connection refused or no network)", cause, true);
        } else if (cause instanceof java.nio.channels.UnresolvedAddressException || cause instanceof java.net.UnknownHostException) {
            return new FetchException(url, 0, "unknown host", cause);
        }
        return new FetchException(url, 0, cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
                cause, cause instanceof IOException);
    }
}
