package org.presswatch.api.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.presswatch.api.metrics.Metrics;
import org.presswatch.office.Office;
import org.presswatch.office.access.Caller;
import org.presswatch.office.access.Refusal;
import org.presswatch.office.accounts.SignIns;

/**
 * Finds who is asking before a route's handler runs, and turns away whoever may not call it at
 * all. A request proves who it is with {@code Authorization: Bearer} and an API token (or this
 * machine's own credential), or with the session cookie a sign-in set. A browser's
 * state-changing request (anything but GET and HEAD) also carries its session's CSRF token in
 * {@value #CSRF_HEADER}: the cookie alone would let any page the officer has open act in their
 * name. No state-changing request is taken from another site, however it proves who it is, and
 * none from a token of the read scope.
 *
 * <p>It also applies the request rate limit ({@link RateLimiter}) to every route, before the
 * route runs: keyed by the API token, or the signed-in account, when the request proves one, else
 * by the client's address (a public route, or credentials that fail: guessing tokens costs the
 * address its requests). The web UI's files are not limited.
 *
 * <p>Thread-safe.
 */
final class Gatekeeper {
    static final String SESSION_COOKIE = "presswatch_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String CALLER = "presswatch.caller";
    private static final String SESSION_SECRET = "presswatch.session";

    private final Office office;
    private final ClientAddress addresses;
    private final byte[] machineCredential;
    private final Set<InetAddress> metricsAllowed;
    private final RateLimiter limiter;
    private final Metrics metrics;

    /** Who proved to be asking, and the key of their rate limit. */
    private record Authenticated(Caller caller, String limitKey, Metrics.Limited keyKind) {}

    /**
     * @param machineCredential the secret with which this machine's commands act as the machine
     *     ({@link Caller#machine()}); empty for none
     * @param metricsAllowed the addresses that may read {@code /metrics} without signing in
     */
    Gatekeeper(Office office, ClientAddress addresses, String machineCredential, Set<InetAddress> metricsAllowed, RateLimiter limiter,
               Metrics metrics) {
        this.office = office;
        this.addresses = addresses;
        this.machineCredential = machineCredential.getBytes(StandardCharsets.UTF_8);
        this.metricsAllowed = Set.copyOf(metricsAllowed);
        this.limiter = limiter;
        this.metrics = metrics;
    }

    /**
     * Who may call an endpoint: its {@link Access} role. An API route that names none is for
     * signed-in callers, so that a route added without one is closed rather than open.
     */
    static Access access(Endpoint endpoint) {
        Roles roles = endpoint.metadata(Roles.class);
        return access(roles == null ? Set.of() : roles.getRoles());
    }

    private static Access access(Set<RouteRole> roles) {
        return roles.stream().filter(Access.class::isInstance).map(Access.class::cast).findFirst().orElse(Access.SIGNED_IN);
    }

    /** The check run before every matched route. */
    void check(Context ctx) throws IOException {
        boolean route = ctx.path().startsWith("/api/") || !ctx.routeRoles().isEmpty();
        Access access = route ? access(ctx.routeRoles()) : Access.PUBLIC;
        if (isStateChanging(ctx)) {
            refuseCrossSite(ctx);
        }
        String address = addresses.of(ctx);
        if (access == Access.PUBLIC || access == Access.METRICS && ClientAddress.isAmong(address, metricsAllowed)) {
            if (route) {
                limit(ctx, "address " + address, Metrics.Limited.ADDRESS);
            }
            return;
        }
        Authenticated authenticated;
        try {
            authenticated = authenticate(ctx, address);
        } catch (ApiException e) {
            limit(ctx, "address " + address, Metrics.Limited.ADDRESS);
            throw e;
        }
        limit(ctx, authenticated.limitKey(), authenticated.keyKind());
        Caller caller = authenticated.caller();
        if (isStateChanging(ctx)) {
            if (caller.channel() == Caller.Channel.SESSION) {
                requireCsrfToken(ctx);
            } else if (caller.channel() == Caller.Channel.READ_TOKEN) {
                throw Refusal.forbidden("this API token may only read; " + ctx.method() + " needs a token with the write scope");
            }
        }
        if (access == Access.ADMIN || access == Access.METRICS) {
            caller.requireAdmin(ctx.method() + " " + ctx.endpoint().path);
        }
        ctx.attribute(CALLER, caller);
    }

    /** The caller the check found; only on routes that need one. */
    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new IllegalStateException(ctx.method() + " " + ctx.path() + " is a public route: it has no caller");
        }
        return caller;
    }

    /** The secret of the session the request came with, when it came with one. */
    static Optional<String> sessionSecret(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION_SECRET));
    }

    String clientAddress(Context ctx) {
        return addresses.of(ctx);
    }

    boolean https(Context ctx) {
        return addresses.https(ctx);
    }

    /**
     * Takes one request from the key's rate limit.
     *
     * @throws ApiException 429 {@code too_many_requests}, with Retry-After, when it has none left
     */
    private void limit(Context ctx, String key, Metrics.Limited keyKind) {
        Optional<Duration> wait = limiter.take(key);
        if (wait.isPresent()) {
            long seconds = RateLimiter.retryAfterSeconds(wait.get());
            metrics.rateLimited(keyKind);
            ctx.header("Retry-After", Long.toString(seconds));
            throw new ApiException(429, "too_many_requests", "too many requests; try again in " + seconds + " s");
        }
    }

    private Authenticated authenticate(Context ctx, String address) throws IOException {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw unauthorized("the Authorization header takes an API token: Authorization: Bearer pwt_...");
            }
            String secret = authorization.substring(7).strip();
            if (machineCredential.length > 0 && MessageDigest.isEqual(machineCredential, secret.getBytes(StandardCharsets.UTF_8))) {
                return new Authenticated(Caller.machine(address), "machine", Metrics.Limited.TOKEN);
            }
            Caller caller = office.tokens().authenticate(secret, address)
                    .orElseThrow(() -> unauthorized("this API token is not valid: unknown, revoked or expired, or its account is disabled"));
            return new Authenticated(caller, "token " + digest(secret), Metrics.Limited.TOKEN);
        }
        String session = ctx.cookie(SESSION_COOKIE);
        if (session == null || session.isEmpty()) {
            throw unauthorized("sign in first, or send an API token (Authorization: Bearer pwt_...)");
        }
        Caller caller = office.signIns().session(session, address)
                .orElseThrow(() -> unauthorized("your session has ended; sign in again"));
        ctx.attribute(SESSION_SECRET, session);
        return new Authenticated(caller, "account " + caller.account(), Metrics.Limited.ACCOUNT);
    }

    /** A token's key in the rate limit: never the secret itself, which would then sit in memory. */
    private static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static boolean isStateChanging(Context ctx) {
        return ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && ctx.method() != HandlerType.OPTIONS;
    }

    /**
     * Browsers say where a request comes from: Sec-Fetch-Site, and Origin on every cross-site
     * POST. A request from another site is refused whatever else it carries.
     */
    private static void refuseCrossSite(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw crossSite();
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        String host = ctx.header("Host");
        try {
            URI from = new URI(origin);
            if (host == null || from.getRawAuthority() == null || !from.getRawAuthority().equalsIgnoreCase(host)) {
                throw crossSite();
            }
        } catch (URISyntaxException e) {
            throw crossSite();
        }
    }

    private static void requireCsrfToken(Context ctx) {
        String expected = SignIns.csrfToken(ctx.attribute(SESSION_SECRET));
        String given = ctx.header(CSRF_HEADER);
        if (given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(403, "csrf_token_missing", "a signed-in browser's " + ctx.method() + " needs the session's CSRF token in "
                    + CSRF_HEADER + " (GET /api/v1/session gives it)");
        }
    }

    private static ApiException crossSite() {
        return new ApiException(403, "cross_site_request", "this request comes from another site, and is refused");
    }

    static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message);
    }
}
