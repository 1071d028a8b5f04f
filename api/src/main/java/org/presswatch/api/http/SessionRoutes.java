package org.presswatch.api.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presswatch.api.metrics.Metrics;
import org.presswatch.office.Office;
import org.presswatch.office.access.Caller;
import org.presswatch.office.accounts.SignIns;

/**
 * {@code /api/v1/session}: signing in with a name and password (the session cookie is set
 * {@code HttpOnly}, {@code SameSite=Strict}, and {@code Secure} over TLS), who is signed in (with
 * the session's CSRF token), and signing out, which ends the session on the server.
 */
final class SessionRoutes {
    private final Office office;
    private final Gatekeeper gatekeeper;
    private final Metrics metrics;

    /** What a sign-in sends. */
    record SignIn(String name, String password) {
        SignIn {
            if (name == null || password == null) {
                throw new IllegalArgumentException("a sign-in sends name and password");
            }
        }
    }

    /** @param metrics where sign-ins are counted, by outcome */
    SessionRoutes(Office office, Gatekeeper gatekeeper, Metrics metrics) {
        this.office = office;
        this.gatekeeper = gatekeeper;
        this.metrics = metrics;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/v1/session", this::signIn, Access.PUBLIC);
        routes.get("/api/v1/session", this::current, Access.SIGNED_IN);
        routes.delete("/api/v1/session", this::signOut, Access.SIGNED_IN);
    }

    private void signIn(Context ctx) throws IOException {
        SignIn request = JsonBody.read(ctx, SignIn.class);
        SignIns.Outcome outcome = office.signIns().signIn(request.name(), request.password().toCharArray(), gatekeeper.clientAddress(ctx));
        metrics.signIn(outcome instanceof SignIns.SignedIn ? Metrics.SignIn.OK
                : outcome instanceof SignIns.Throttled ? Metrics.SignIn.THROTTLED : Metrics.SignIn.FAILED);
        if (outcome instanceof SignIns.Throttled throttled) {
            long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
            ctx.header("Retry-After", Long.toString(seconds));
            throw new ApiException(429, "too_many_attempts", "too many failed sign-ins; try again in " + seconds + " s");
        }
        if (!(outcome instanceof SignIns.SignedIn signedIn)) {
            throw new ApiException(401, "sign_in_failed", "the name or the password is not right");
        }
        ctx.header("Set-Cookie", cookie(signedIn.sessionSecret(), gatekeeper.https(ctx), -1));
        ctx.json(view(signedIn.account().as(Caller.Channel.SESSION, ""), signedIn.csrfToken()));
    }

    private void current(Context ctx) {
        Caller caller = Gatekeeper.caller(ctx);
        ctx.json(view(caller, Gatekeeper.sessionSecret(ctx).map(SignIns::csrfToken).orElse(null)));
    }

    private void signOut(Context ctx) throws IOException {
        Caller caller = Gatekeeper.caller(ctx);
        String secret = Gatekeeper.sessionSecret(ctx)
                .orElseThrow(() -> ApiException.badRequest("signing out ends a browser's session; an API token is revoked instead"));
        office.signIns().signOut(caller, secret);
        ctx.header("Set-Cookie", cookie("", gatekeeper.https(ctx), 0));
        ctx.status(204);
    }

    /** The cookie by hand: Javalin's Cookie has no way to leave Max-Age out (a session cookie). */
    private static String cookie(String value, boolean secure, int maxAge) {
        return Gatekeeper.SESSION_COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
                + (maxAge >= 0 ? "; Max-Age=" + maxAge : "");
    }

    /** Who is signed in, as the web UI shows it: never a secret but the CSRF token the page must send back. */
    static Map<String, Object> view(Caller caller, String csrfToken) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("account", caller.account());
        view.put("role", caller.role().id());
        view.put("provinces", caller.role().national() ? List.of() : caller.provinces().stream().sorted().toList());
        view.put("national", caller.role().national());
        view.put("may_write", caller.mayWrite());
        view.put("via", switch (caller.channel()) {
            case SESSION -> "session";
            case READ_TOKEN, WRITE_TOKEN -> "token";
            case MACHINE -> "machine";
        });
        if (csrfToken != null) {
            view.put("csrf_token", csrfToken);
        }
        return view;
    }
}
