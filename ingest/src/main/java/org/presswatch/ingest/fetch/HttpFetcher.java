package org.presswatch.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.presswatch.core.Version;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.util.Validate;

/**
 * Fetches feeds and pages over HTTP(S) with java.net.http: a User-Agent naming presswatch and its
 * contact URL, connect and whole-request timeouts, gzip/deflate decoding, and a cap on the body
 * size enforced while downloading and again after decompression (a small gzip bomb cannot
 * expand past it).
 *
 * <p>One fetcher is meant to be shared: it holds one connection pool, and is thread-safe.
 */
public final class HttpFetcher {
    private final Settings settings;
    private final HttpClient client;

    /**
     * @param userAgent the full User-Agent header value
     * @param maxBodyBytes the largest body, compressed or not, that is read
     * @param proxy an HTTP proxy for every request, or null for direct connections
     */
    public record Settings(String userAgent, Duration connectTimeout, Duration requestTimeout, long maxBodyBytes,
                           InetSocketAddress proxy) implements java.io.Serializable {
        public Settings {
            Validate.notBlank(userAgent, "userAgent");
            Validate.notNull(connectTimeout, "connectTimeout");
            Validate.notNull(requestTimeout, "requestTimeout");
            Validate.isTrue(maxBodyBytes > 0, "maxBodyBytes must be positive");
        }

        public static Settings from(PresswatchConfig.Crawler crawler) {
            InetSocketAddress proxy = null;
            if (!crawler.proxy().isEmpty()) {
                int colon = crawler.proxy().lastIndexOf(':');
                proxy = InetSocketAddress.createUnresolved(crawler.proxy().substring(0, colon),
                        Integer.parseInt(crawler.proxy().substring(colon + 1)));
            }
            return new Settings(crawler.userAgent() + "/" + Version.get() + " (+" + crawler.contactUrl() + ")",
                    crawler.connectTimeout(), crawler.requestTimeout(), crawler.maxBodyBytes(), proxy);
        }

        public Settings withProxy(InetSocketAddress newProxy) {
            return new Settings(userAgent, connectTimeout, requestTimeout, maxBodyBytes, newProxy);
        }
    }

    public HttpFetcher(Settings settings) {
        this.settings = Validate.notNull(settings, "settings");
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (settings.proxy() != null) {
            builder.proxy(ProxySelector.of(settings.proxy()));
        }
        this.client = builder.build();
    }

    /**
     * Starts a GET. The future completes with the resource for a 2xx answer, or exceptionally
     * with a {@link FetchException} naming the URL (and status, when there was one).
     */
    public CompletableFuture<FetchedResource> fetch(URI url) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(url)
                    .timeout(settings.requestTimeout())
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
                    .header("Accept-Encoding", "gzip, deflate")
                    .GET()
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new FetchException(url, 0, "not a fetchable URL: " + e.getMessage(), e));
        }
        // java.net.http's own timeout ends when the headers arrive; this one bounds the body too
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request,
                info -> new LimitedBodySubscriber(settings.maxBodyBytes()));
        return exchange.orTimeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, error) -> {
                    if (error != null) {
                        exchange.cancel(true);
                        throw new CompletionException(failure(url, error));
                    }
                    return toResource(url, response);
                });
    }

    /** Fetches and waits; for callers that are not asynchronous themselves. */
    public FetchedResource fetchNow(URI url) throws FetchException, InterruptedException {
        try {
            return fetch(url).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof FetchException f ? f : failure(url, e.getCause());
        }
    }

    private FetchedResource toResource(URI url, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new CompletionException(new FetchException(url, status, "server answered " + status));
        }
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").trim().toLowerCase(Locale.ROOT);
        byte[] body;
        try {
            body = decode(response.body(), encoding);
        } catch (IOException e) {
            throw new CompletionException(new FetchException(url, status, e.getMessage(), e));
        }
        return new FetchedResource(url, response.uri(), status, response.headers().firstValue("Content-Type").orElse(null),
                body, Instant.now());
    }

    private byte[] decode(byte[] raw, String encoding) throws IOException {
        InputStream in = switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(raw));
            case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(raw));
            case "identity", "" -> null;
            default -> throw new IOException("unsupported Content-Encoding '" + encoding + "'");
        };
        if (in == null) {
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

    private static FetchException failure(URI url, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof FetchException f) {
            return f;
        } else if (cause instanceof LimitedBodySubscriber.BodyTooLargeException) {
            return new FetchException(url, 0, cause.getMessage(), cause);
        } else if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return new FetchException(url, 0, "timed out", cause);
        } else if (cause instanceof java.net.ConnectException) {
            return new FetchException(url, 0, "cannot connect (host unreachable, connection refused or no network)", cause);
        } else if (cause instanceof java.nio.channels.UnresolvedAddressException || cause instanceof java.net.UnknownHostException) {
            return new FetchException(url, 0, "unknown host", cause);
        }
        return new FetchException(url, 0, cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }
}
