package org.presswatch.office.accounts;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.presswatch.core.util.Validate;
import org.presswatch.office.access.Caller;
import org.presswatch.office.access.Refusal;
import org.presswatch.office.audit.AuditAction;
import org.presswatch.office.db.OfficeDatabase;

/**
 * API tokens for integrations (a local newspaper's feed, the office's chat bot): made by an
 * account for itself with a scope and an expiry, shown once, stored as a digest, listed with
 * their last use, revocable by their owner or an admin. A token acts as its account with its
 * account's current role, and never more than its scope allows; it stops working while the
 * account is disabled. Thread-safe.
 */
public final class ApiTokens {
    /** Every token starts so, which lets secret scanners and people recognize one. */
    public static final String PREFIX = "pwt_";
    public static final Duration MAX_LIFETIME = Duration.ofDays(366);
    public static final int MAX_LABEL_LENGTH = 100;
    private static final String COLUMNS = "id, account, label, token_scope, created_at, expires_at, last_used_at, revoked_at";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OfficeDatabase database;
    private final Clock clock;

    public ApiTokens(OfficeDatabase database, Clock clock) {
        this.database = Validate.notNull(database, "database");
        this.clock = Validate.notNull(clock, "clock");
    }

    /**
     * Makes a token for an account: the caller's own, or any account when the caller is this
     * machine's command line.
     *
     * @param lifetime how long it works: at most {@link #MAX_LIFETIME}
     * @throws Refusal forbidden for another account's token, for a write scope when the account's
     *     role cannot write, or when the caller is itself a token (tokens do not make tokens);
     *     not found for an unknown account
     */
    public IssuedToken create(Caller caller, String account, String label, TokenScope scope, Duration lifetime) throws IOException {
        requireAccount(caller, "make API tokens");
        String owner = Accounts.normalizeName(account);
        if (!owner.equals(caller.account()) && caller.channel() != Caller.Channel.MACHINE) {
            throw Refusal.forbidden("an API token is made by its own account; " + caller.account() + " cannot make one for " + owner);
        }
        Validate.notNull(scope, "scope");
        String cleanLabel = label == null ? "" : label.strip();
        Validate.isTrue(cleanLabel.length() <= MAX_LABEL_LENGTH, "a token's label has at most %d characters", MAX_LABEL_LENGTH);
        Validate.isTrue(lifetime != null && !lifetime.isNegative() && !lifetime.isZero() && lifetime.compareTo(MAX_LIFETIME) <= 0,
                "a token lasts more than nothing and at most %d days", MAX_LIFETIME.toDays());
        Instant now = clock.instant();
        String id = HexFormat.of().formatHex(randomBytes(5));
        String secret = PREFIX + Secrets.random();
        ApiToken token = new ApiToken(id, owner, cleanLabel, scope, now, now.plus(lifetime), null, null);
        database.durably("make an API token for " + owner, connection -> {
            Account holder = Accounts.find(connection, owner);
            if (scope == TokenScope.WRITE && !holder.role().writes()) {
                throw Refusal.forbidden("a " + holder.role().id() + " may not write, so cannot have a token with the write scope");
            }
            AccountRows.update(connection, "INSERT INTO api_token (id, account, label, token_scope, secret_digest, created_at, expires_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", id, owner, token.label(), scope.id(), Secrets.digest(secret),
                    AccountRows.utc(now), AccountRows.utc(token.expiresAt()));
            Accounts.audit(connection, caller, AuditAction.TOKEN_CREATED, id, "for " + owner + ", " + scope.id() + " until "
                    + token.expiresAt() + (cleanLabel.isEmpty() ? "" : ", " + cleanLabel), clock);
            return null;
        });
        return new IssuedToken(token, secret);
    }

    /** The caller's tokens; for an admin, every account's. Newest first, revoked and expired ones too. */
    public List<ApiToken> list(Caller caller) throws IOException {
        boolean all = caller.isAdmin();
        return database.transaction("list API tokens", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM api_token"
                    + (all ? "" : " WHERE account = ?") + " ORDER BY created_at DESC, id")) {
                if (!all) {
                    select.setString(1, caller.account());
                }
                return read(select);
            }
        });
    }

    /**
     * Revokes a token: it stops working at once.
     *
     * @throws Refusal not found, or forbidden for another account's token unless an admin
     */
    public ApiToken revoke(Caller caller, String id) throws IOException {
        requireAccount(caller, "revoke API tokens");
        return database.durably("revoke API token " + id, connection -> {
            ApiToken token = find(connection, id).orElseThrow(() -> Refusal.notFound("no API token " + id));
            if (!token.account().equals(caller.account()) && !caller.isAdmin()) {
                throw Refusal.forbidden("API token " + id + " is another account's");
            }
            if (token.revokedAt() != null) {
                return token;
            }
            Instant now = clock.instant();
            AccountRows.update(connection, "UPDATE api_token SET revoked_at = ? WHERE id = ?", AccountRows.utc(now), id);
            Accounts.audit(connection, caller, AuditAction.TOKEN_REVOKED, id, "of " + token.account(), clock);
            return new ApiToken(token.id(), token.account(), token.label(), token.scope(), token.createdAt(), token.expiresAt(),
                    token.lastUsedAt(), now);
        });
    }

    /**
     * The caller a token's secret stands for, or empty for an unknown, revoked or expired token
     * or a disabled account. Notes the token's use, to the minute.
     */
    public Optional<Caller> authenticate(String secret, String address) throws IOException {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String digest = Secrets.digest(secret);
        Instant now = clock.instant();
        return database.transaction("check an API token", connection -> {
            Optional<ApiToken> found;
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM api_token WHERE secret_digest = ?")) {
                select.setString(1, digest);
                found = read(select).stream().findFirst();
            }
            if (found.isEmpty() || !found.get().activeAt(now)) {
                return Optional.empty();
            }
            ApiToken token = found.get();
            Optional<Account> owner = AccountRows.find(connection, token.account()).map(AccountRows.Stored::account)
                    .filter(Account::enabled);
            if (owner.isEmpty()) {
                return Optional.empty();
            }
            if (token.lastUsedAt() == null || !token.lastUsedAt().plus(SignIns.TOUCH_EVERY).isAfter(now)) {
                AccountRows.update(connection, "UPDATE api_token SET last_used_at = ? WHERE id = ?", AccountRows.utc(now), token.id());
            }
            Caller.Channel channel = token.scope() == TokenScope.WRITE ? Caller.Channel.WRITE_TOKEN : Caller.Channel.READ_TOKEN;
            return Optional.of(owner.get().as(channel, address));
        });
    }

    private static void requireAccount(Caller caller, String toDo) {
        if (caller.channel() == Caller.Channel.READ_TOKEN || caller.channel() == Caller.Channel.WRITE_TOKEN) {
            throw Refusal.forbidden("an API token may not " + toDo + "; sign in");
        }
    }

    private static Optional<ApiToken> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM api_token WHERE id = ?")) {
            select.setString(1, id);
            return read(select).stream().findFirst();
        }
    }

    private static List<ApiToken> read(PreparedStatement select) throws SQLException {
        List<ApiToken> tokens = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                tokens.add(new ApiToken(rows.getString(1), rows.getString(2), rows.getString(3), TokenScope.parse(rows.getString(4)),
                        AccountRows.instant(rows, 5), AccountRows.instant(rows, 6), AccountRows.instant(rows, 7),
                        AccountRows.instant(rows, 8)));
            }
        }
        return tokens;
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
