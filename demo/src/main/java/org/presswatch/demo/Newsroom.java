package org.presswatch.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.presswatch.core.model.Source;
import org.presswatch.core.util.DaemonThreads;
import org.presswatch.core.util.Hashes;
import org.presswatch.core.util.Validate;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.demo.corpus.CorpusArticle;
import org.presswatch.demo.corpus.Outlet;
import org.presswatch.demo.corpus.ReleaseSchedule.Release;
import org.presswatch.demo.corpus.ReleaseSchedule;
import org.presswatch.demo.feeds.FeedWriter;
import org.presswatch.demo.pages.ArticlePage;
import org.presswatch.demo.pages.ListingPage;
import org.presswatch.demo.pages.PageContext;

/**
 * The demo newsroom: an HTTP server on a loopback port that serves the fictional outlets of the
 * demo corpus, each under its own host name ({@code http://baoduyenhai.example/}), with a home
 * page, section fronts, a feed (RSS 2.0, Atom or a Google News sitemap), robots.txt and full
 * article pages. Articles appear on the schedule of a {@link ReleaseSchedule}.
 *
 * <p>The server is reached as an HTTP proxy: clients send absolute-form requests for the
 * outlets' hosts to {@link #address()}. URLs thus stay the same whatever port the newsroom gets,
 * so articles keep their ids across restarts, and every outlet is a separate host to the
 * crawler, as on the real web. Requests for the loopback address itself get an index page.
 *
 * <p>Thread-safe; closing stops the server.
 */
public final class Newsroom implements AutoCloseable {
    /** Items listed per feed, newest first. */
    static final int FEED_ITEMS = 40;
    private static final int RELATED = 4;
    /** Enough for a crawler's parallel fetches and a few clients that stall mid-request. */
    private static final int WORKERS = 16;
    private static final int MOST_READ = 5;

    private final Map<String, Outlet> outletsByHost = new LinkedHashMap<>();
    private final ReleaseSchedule schedule;
    private final Clock clock;
    private final HttpServer server;
    private final ExecutorService workers;
    private final Traffic traffic = new Traffic();

    /**
     * A newsroom without a spike.
     *
     * @param port loopback port, 0 for any free one
     * @param epoch the moment the backlog ends and live releases begin
     */
    public static Newsroom start(Corpus corpus, int port, Instant epoch, double backlogShare, Duration releaseInterval,
                                 Clock clock) throws IOException {
        return start(corpus, port, epoch, backlogShare, releaseInterval, null, clock);
    }

    /**
     * @param port loopback port, 0 for any free one
     * @param epoch the moment the backlog ends and live releases begin
     * @param spikeAfter when the corpus's spike pack starts coming out after the epoch (one
     *     article every {@link ReleaseSchedule#SPIKE_INTERVAL}), or null for no spike
     */
    public static Newsroom start(Corpus corpus, int port, Instant epoch, double backlogShare, Duration releaseInterval,
                                 Duration spikeAfter, Clock clock) throws IOException {
        return start(corpus, port, epoch, backlogShare, releaseInterval, spikeAfter, ReleaseSchedule.SPIKE_INTERVAL, clock);
    }

    /** @param spikeInterval the time between two articles of the spike */
    public static Newsroom start(Corpus corpus, int port, Instant epoch, double backlogShare, Duration releaseInterval,
                                 Duration spikeAfter, Duration spikeInterval, Clock clock) throws IOException {
        return new Newsroom(corpus, port, new ReleaseSchedule(corpus.articles(), epoch, backlogShare, releaseInterval, corpus.spike(),
                spikeAfter, spikeInterval), clock);
    }

    private Newsroom(Corpus corpus, int port, ReleaseSchedule schedule, Clock clock) throws IOException {
        Validate.inRange(port, 0, 65535, "port");
        corpus.outlets().forEach(o -> outletsByHost.put(o.domain(), o));
        this.schedule = schedule;
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        this.workers = Executors.newFixedThreadPool(WORKERS, DaemonThreads.named("newsroom-http"));
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Where to send requests for the outlets' hosts, as to an HTTP proxy. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    public ReleaseSchedule schedule() {
        return schedule;
    }

    public List<Outlet> outlets() {
        return List.copyOf(outletsByHost.values());
    }

    /** The outlets as presswatch sources, polled at the given interval. */
    public List<Source> sources(Duration pollInterval) {
        return outletsByHost.values().stream().map(o -> o.asSource(pollInterval)).toList();
    }

    /** What the newsroom has served so far. */
    public Traffic traffic() {
        return traffic;
    }

    /** Releases published by now, newest first. */
    public List<Release> published() {
        return schedule.publishedAt(clock.instant());
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed");
                return;
            }
            Optional<Outlet> outlet = Optional.ofNullable(outletsByHost.get(hostOf(exchange)));
            String path = exchange.getRequestURI().getPath();
            if (outlet.isEmpty()) {
                send(exchange, 200, "text/html; charset=utf-8", indexPage());
                return;
            }
            serve(exchange, outlet.get(), path == null || path.isEmpty() ? "/" : path);
        }
    }

    private void serve(HttpExchange exchange, Outlet outlet, String path) throws IOException {
        List<Release> published = published().stream().filter(r -> r.article().outlet() == outlet).toList();
        if (path.equals("/")) {
            send(exchange, 200, "text/html; charset=utf-8", ListingPage.render(outlet, null, articles(published, 30)));
        } else if (path.equals("/robots.txt")) {
            send(exchange, 200, "text/plain; charset=utf-8", "User-agent: *\nAllow: /\nDisallow: /search\n");
        } else if (path.equals(outlet.feed().path())) {
            send(exchange, 200, FeedWriter.contentType(outlet.feed()),
                    FeedWriter.write(outlet, published.subList(0, Math.min(FEED_ITEMS, published.size()))));
        } else if (path.endsWith(".html")) {
            Optional<Release> release = published.stream().filter(r -> r.article().path().equals(path)).findFirst();
            if (release.isEmpty()) {
                send(exchange, 404, "text/html; charset=utf-8", "<!DOCTYPE html><title>404</title><h1>404 Not Found</h1>");
                return;
            }
            send(exchange, 200, "text/html; charset=utf-8", ArticlePage.of(outlet.template()).render(contextOf(release.get(), published)));
        } else {
            String section = path.replaceAll("^/|/$", "");
            if (outlet.sections().stream().anyMatch(s -> s.slug().equals(section))) {
                send(exchange, 200, "text/html; charset=utf-8", ListingPage.render(outlet, outlet.section(section).name(),
                        articles(published.stream().filter(r -> r.article().section().equals(section)).toList(), 30)));
            } else {
                send(exchange, 404, "text/html; charset=utf-8", "<!DOCTYPE html><title>404</title><h1>404 Not Found</h1>");
            }
        }
    }

    private PageContext contextOf(Release release, List<Release> published) {
        CorpusArticle article = release.article();
        List<CorpusArticle> others = articles(published.stream().filter(r -> r != release).toList(), Integer.MAX_VALUE);
        List<CorpusArticle> related = others.stream().filter(a -> a.section().equals(article.section())).limit(RELATED).toList();
        List<CorpusArticle> mostRead = others.stream().skip(others.isEmpty() ? 0 : Math.abs((long) article.slug().hashCode()) % others.size())
                .limit(MOST_READ).toList();
        return new PageContext(article, release.at().atZone(article.outlet().zone()), related, mostRead);
    }

    private static List<CorpusArticle> articles(List<Release> releases, int max) {
        return releases.stream().limit(max).map(Release::article).toList();
    }

    private String indexPage() {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>presswatch demo newsroom</title></head><body>"
                + "<h1>presswatch demo newsroom</h1><p>Fictional outlets, served as virtual hosts: use this address as an HTTP proxy. "
                + published().size() + " of " + schedule.all().size() + " articles published.</p><ul>");
        for (Outlet o : outletsByHost.values()) {
            out.append("<li>").append(o.name().replace("<", "&lt;")).append(" - ").append(o.homepage()).append(" (")
                    .append(o.feedUrl()).append(")</li>");
        }
        return out.append("</ul></body></html>").toString();
    }

    private static String hostOf(HttpExchange exchange) {
        String host = exchange.getRequestURI().getHost();
        if (host == null) {
            host = exchange.getRequestHeaders().getFirst("Host");
        }
        if (host == null) {
            return "";
        }
        int colon = host.indexOf(':');
        return (colon >= 0 ? host.substring(0, colon) : host).toLowerCase(Locale.ROOT);
    }

    /**
     * Sends a response; a 200 carries an ETag from its content, and a request that names that
     * ETag in If-None-Match gets 304 without the body, as a real site's server would answer.
     */
    private void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        String path = exchange.getRequestURI().getPath();
        Traffic.Kind kind = path == null ? Traffic.Kind.OTHER : path.endsWith(".html") ? Traffic.Kind.PAGE
                : path.endsWith(".xml") ? Traffic.Kind.FEED : Traffic.Kind.OTHER;
        if (status == 200) {
            String etag = "\"" + Hashes.sha256Hex(bytes).substring(0, 16) + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                traffic.count(kind, true);
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            traffic.count(kind, false);
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
