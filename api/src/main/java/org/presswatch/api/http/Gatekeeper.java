package org.presswatch.api.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
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

    /**
     * @param machineCredential the secret with which this machine's commands act as the machine
     *     ({@link Caller#machine()}); empty for none
     */
    Gatekeeper(Office office, ClientAddress addresses, String machineCredential) {
        this.office = office;
        this.addresses = addresses;
        this.machineCredential = machineCredential.getBytes(StandardCharsets.UTF_8);
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
        Access access = ctx.path().startsWith("/api/") ? access(ctx.routeRoles()) : Access.PUBLIC;
        if (isStateChanging(ctx)) {
            refuseCrossSite(ctx);
        }
        if (access == Access.PUBLIC) {
            return;
        }
        Caller caller = authenticate(ctx);
        if (isStateChanging(ctx)) {
            if (caller.channel() == Caller.Channel.SESSION) {
                requireCsrfToken(ctx);
            } else if (caller.channel() == Caller.Channel.READ_TOKEN) {
                throw Refusal.forbidden("this API token may only read; " + ctx.method() + " needs a token with the write scope");
            }
        }
        if (access == Access.ADMIN) {
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

    private Caller authenticate(Context ctx) throws IOException {
        String address = addresses.of(ctx);
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw unauthorized("the Authorization header takes an API token: Authorization: Bearer pwt_...");
            }
            String secret = authorization.substring(7).strip();
            if (machineCredential.length > 0 && MessageDigest.isEqual(machineCredential, secret.getBytes(StandardCharsets.UTF_8))) {
                return Caller.machine(address);
            }
            return office.tokens().authenticate(secret, address)
                    .orElseThrow(() -> unauthorized("this API token is not valid: unknown, revoked or expired, or its account is disabled"));
        }
        String session = ctx.cookie(SESSION_COOKIE);
        if (session == null || session.isEmpty()) {
            throw unauthorized("sign in first, or send an API token (Authorization: Bearer pwt_...)");
        }
        Caller caller = office.signIns().session(session, address)
                .orElseThrow(() -> unauthorized("your session has ended; sign in again"));
        ctx.attribute(SESSION_SECRET, session);
        return caller;
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
