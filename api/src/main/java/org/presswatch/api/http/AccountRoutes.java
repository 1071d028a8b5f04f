package org.presswatch.api.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.presswatch.core.util.ClientText;
import org.presswatch.office.Office;
import org.presswatch.office.access.Caller;
import org.presswatch.office.access.Role;
import org.presswatch.office.accounts.IssuedToken;
import org.presswatch.office.accounts.TokenScope;
import org.presswatch.office.audit.AuditAction;
import org.presswatch.office.audit.AuditQuery;

/**
 * The office's accounts over HTTP: {@code /api/v1/users} (admins manage accounts; anyone reads
 * their own and changes their own password), {@code /api/v1/tokens} (API tokens, each account its
 * own) and {@code /api/v1/audit} (admins). Handlers parse, call the office, which decides who may
 * do what, and shape JSON.
 */
final class AccountRoutes {
    static final int DEFAULT_TOKEN_DAYS = 90;
    private final Office office;
    private final Clock clock;

    record NewAccount(String name, String role, List<String> provinces, String password) {
        NewAccount {
            if (name == null || role == null || password == null) {
                throw new IllegalArgumentException("a new account sends name, role and password (and provinces for an officer or reader)");
            }
        }
    }

    /** The fields to change; absent ones stay as they are. */
    record AccountChange(String role, List<String> provinces, Boolean enabled) {}

    record NewPassword(String currentPassword, String password) {
        NewPassword {
            if (password == null) {
                throw new IllegalArgumentException("send the new password (and current_password when it is your own)");
            }
        }
    }

    record NewToken(String label, String scope, Integer expiresInDays) {
        NewToken {
            if (scope == null) {
                throw new IllegalArgumentException("a token sends its scope: read or write");
            }
        }
    }

    AccountRoutes(Office office, Clock clock) {
        this.office = office;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/users", this::list, Access.ADMIN);
        routes.post("/api/v1/users", this::add, Access.ADMIN);
        routes.get("/api/v1/users/{name}", this::get, Access.SIGNED_IN);
        routes.patch("/api/v1/users/{name}", this::change, Access.ADMIN);
        routes.put("/api/v1/users/{name}/password", this::setPassword, Access.SIGNED_IN);
        routes.get("/api/v1/tokens", this::tokens, Access.SIGNED_IN);
        routes.post("/api/v1/tokens", this::createToken, Access.SIGNED_IN);
        routes.delete("/api/v1/tokens/{id}", this::revokeToken, Access.SIGNED_IN);
        routes.get("/api/v1/audit", this::audit, Access.ADMIN);
    }

    private void list(Context ctx) throws IOException {
        ctx.json(Map.of("users", office.accounts().list(Gatekeeper.caller(ctx)).stream().map(AccountJson::account).toList()));
    }

    private void add(Context ctx) throws IOException {
        NewAccount request = JsonBody.read(ctx, NewAccount.class);
        ctx.status(201).json(AccountJson.account(office.accounts().add(Gatekeeper.caller(ctx), request.name(), Role.parse(request.role()),
                request.provinces(), request.password().toCharArray())));
    }

    private void get(Context ctx) throws IOException {
        ctx.json(AccountJson.account(office.accounts().get(Gatekeeper.caller(ctx), ctx.pathParam("name"))));
    }

    private void change(Context ctx) throws IOException {
        AccountChange request = JsonBody.read(ctx, AccountChange.class);
        Caller caller = Gatekeeper.caller(ctx);
        String name = ctx.pathParam("name");
        if (request.role() == null && request.provinces() == null && request.enabled() == null) {
            throw ApiException.badRequest("send what changes: role (with provinces), provinces, or enabled");
        }
        if (request.role() != null || request.provinces() != null) {
            Role role = request.role() == null ? office.accounts().get(caller, name).role() : Role.parse(request.role());
            office.accounts().setRole(caller, name, role, request.provinces());
        }
        if (request.enabled() != null) {
            office.accounts().setEnabled(caller, name, request.enabled());
        }
        ctx.json(AccountJson.account(office.accounts().get(caller, name)));
    }

    private void setPassword(Context ctx) throws IOException {
        NewPassword request = JsonBody.read(ctx, NewPassword.class);
        office.accounts().setPassword(Gatekeeper.caller(ctx), ctx.pathParam("name"),
                request.currentPassword() == null ? null : request.currentPassword().toCharArray(), request.password().toCharArray());
        ctx.status(204);
    }

    private void tokens(Context ctx) throws IOException {
        Instant now = clock.instant();
        ctx.json(Map.of("tokens", office.tokens().list(Gatekeeper.caller(ctx)).stream().map(t -> AccountJson.token(t, now)).toList()));
    }

    private void createToken(Context ctx) throws IOException {
        NewToken request = JsonBody.read(ctx, NewToken.class);
        int days = request.expiresInDays() == null ? DEFAULT_TOKEN_DAYS : request.expiresInDays();
        Caller caller = Gatekeeper.caller(ctx);
        IssuedToken issued = office.tokens().create(caller, caller.account(), request.label(), TokenScope.parse(request.scope()),
                Duration.ofDays(days));
        ctx.status(201).json(new AccountJson.IssuedTokenView(AccountJson.token(issued.token(), clock.instant()), issued.secret()));
    }

    private void revokeToken(Context ctx) throws IOException {
        ctx.json(AccountJson.token(office.tokens().revoke(Gatekeeper.caller(ctx), ctx.pathParam("id")), clock.instant()));
    }

    private void audit(Context ctx) throws IOException {
        AuditQuery query = new AuditQuery(instant(ctx, "since"), blankToNull(ctx.queryParam("actor")),
                ctx.queryParam("action") == null ? null : AuditAction.parse(ctx.queryParam("action")),
                SearchRequest.integer(ctx, "before", 0, 0, Integer.MAX_VALUE, " (an event's id: the next page)"),
                SearchRequest.integer(ctx, "limit", 100, 1, AuditQuery.MAX_LIMIT, ""));
        ctx.json(Map.of("events", office.audit().read(Gatekeeper.caller(ctx), query).stream().map(AccountJson::audit).toList()));
    }

    private static Instant instant(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " is a time such as 2026-12-07T00:00:00Z, was " + ClientText.quote(value));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
