package org.presswatch.ingest;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.presswatch.core.util.DaemonThreads;

/**
 * A real HTTP server on a loopback port for ingest tests, with named routes that tests register
 * (well-behaved and misbehaving alike). Routes match the request path exactly; anything else is
 * a 404. Every request is recorded, so tests can check what the client sent and how often.
 */
public final class TestServer implements AutoCloseable {
    /** A route's behaviour; may throw, which simply breaks the connection. */
    @FunctionalInterface
    public interface Route {
        void handle(HttpExchange exchange) throws Exception;
    }

    /** What a client sent. {@code target} is the request-target as received (absolute-form through a proxy). */
    public record Request(String method, URI target, Headers headers) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        workers = Executors.newCachedThreadPool(DaemonThreads.named("test-server"));
        server.setExecutor(workers);
        server.createContext("/", this::dispatch);
        server.start();
    }

    public static TestServer start() {
        try {
            return new TestServer();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test server", e);
        }
    }

    public TestServer route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    public URI uri(String path) {
        return URI.create("http://" + host() + ":" + port() + path);
    }

    public String host() {
        return server.getAddress().getAddress().getHostAddress();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** How many requests arrived for a path. */
    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The last request for a path; fails when there was none. */
    public Request lastRequest(String path) {
        for (int i = requests.size() - 1; i >= 0; i--) {
            if (requests.get(i).target().getPath().equals(path)) {
                return requests.get(i);
            }
        }
        throw new AssertionError("no request for " + path + "; received " + requests);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI(), exchange.getRequestHeaders()));
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Route route = routes.get(path);
        try {
            if (route == null) {
                send(exchange, 404, "text/plain; charset=utf-8", "no route " + path);
            } else {
                route.handle(exchange);
            }
        } catch (Exception e) {
            // a misbehaving route, or a client that went away: drop the connection
        } finally {
            exchange.close();
        }
    }

    // ---- helpers for routes ----

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A route answering 200 with a fixed body. */
    public static Route ok(String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return exchange -> send(exchange, 200, contentType, bytes);
    }

    public static Route ok(String contentType, byte[] body) {
        return exchange -> send(exchange, 200, contentType, body);
    }

    public static Route status(int status) {
        return exchange -> send(exchange, status, "text/html; charset=utf-8", "<html><body><h1>" + status + "</h1></body></html>");
    }

    public static Route redirect(int status, String location) {
        return exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(status, -1);
        };
    }

    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
