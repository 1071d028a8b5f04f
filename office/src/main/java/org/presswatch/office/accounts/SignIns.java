package org.presswatch.office.accounts;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.presswatch.core.util.Validate;
import org.presswatch.office.access.Caller;
import org.presswatch.office.audit.AuditAction;
import org.presswatch.office.audit.AuditEvent;
import org.presswatch.office.audit.AuditLog;
import org.presswatch.office.db.OfficeDatabase;

/**
 * Signing in with a password, the web sessions that follow, and signing out. A session is a
 * random secret the browser holds in a cookie; the database keeps only its digest. It ends when
 * idle for {@code idle}, after {@code max} in any case, when its account is disabled or its
 * password changed, and at sign-out. Each session has a CSRF token derived from its secret
 * ({@link #csrfToken}), which the browser sends back with every state-changing request. Sign-ins
 * and their failures are audited; failures are throttled ({@link SignInThrottle}). Thread-safe.
 */
public final class SignIns {
    /** How often a busy session's last use is written: idle expiry is kept to the minute. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    /** The actor of a failed sign-in in the audit log: nobody has signed in. */
    static final String NOBODY = "-";

    /** What a sign-in came to. */
    public sealed interface Outcome {}

    /**
     * Signed in: the session's secret for the cookie, and its CSRF token. {@link #toString}
     * leaves both out.
     */
    public record SignedIn(Account account, String sessionSecret, String csrfToken) implements Outcome {
        @Override
        public String toString() {
            return "SignedIn[account=" + account + ", session=(hidden)]";
        }
    }

    /** Wrong name or password, or a disabled account: the caller is not told which. */
    public record Refused() implements Outcome {}

    /** Too many failures: try again after this long. */
    public record Throttled(Duration retryAfter) implements Outcome {}

    private final OfficeDatabase database;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final Duration idle;
    private final Duration max;

    public SignIns(OfficeDatabase database, PasswordHasher hasher, Clock clock, Duration idle, Duration max) {
        this.database = Validate.notNull(database, "database");
        this.hasher = Validate.notNull(hasher, "hasher");
        this.clock = Validate.notNull(clock, "clock");
        this.throttle = new SignInThrottle(clock);
        this.idle = Validate.notNull(idle, "idle");
        this.max = Validate.notNull(max, "max");
    }

    /**
     * Checks the password and opens a session. The password is compared in constant time, and
     * an unknown name takes as long as a known one.
     *
     * @param address the client's address, for the throttle and the audit log
     */
    public Outcome signIn(String name, char[] password, String address) throws IOException {
        String account = Accounts.normalizeName(name);
        Optional<Duration> wait = throttle.wait(account, address);
        if (wait.isPresent()) {
            return new Throttled(wait.get());
        }
        Optional<AccountRows.Stored> stored = database.transaction("sign in", connection -> AccountRows.find(connection, account));
        boolean matches;
        if (stored.isEmpty()) {
            hasher.matchNothing(password == null ? new char[0] : password);
            matches = false;
        } else {
            matches = password != null && hasher.matches(password, stored.get().passwordHash());
        }
        if (!matches || !stored.get().account().enabled()) {
            throttle.failed(account, address);
            // never the name typed for an unknown account: people type their password there by mistake
            String target = stored.isPresent() ? account : "";
            String why = stored.isEmpty() ? "unknown account" : !matches ? "wrong password" : "account disabled";
            database.durably("record a failed sign-in", connection -> {
                AuditLog.record(connection, new AuditEvent(0, clock.instant(), NOBODY, AuditAction.SIGN_IN_FAILED, target, why, address));
                return null;
            });
            return new Refused();
        }
        throttle.succeeded(account, address);
        Account signedIn = stored.get().account();
        String secret = Secrets.random();
        Instant now = clock.instant();
        database.durably("sign in " + account, connection -> {
            AccountRows.update(connection, "INSERT INTO web_session (secret_digest, account, created_at, last_seen_at) VALUES (?, ?, ?, ?)",
                    Secrets.digest(secret), account, AccountRows.utc(now), AccountRows.utc(now));
            AccountRows.update(connection, "DELETE FROM web_session WHERE last_seen_at < ? OR created_at < ?",
                    AccountRows.utc(now.minus(idle)), AccountRows.utc(now.minus(max)));
            Accounts.audit(connection, signedIn.as(Caller.Channel.SESSION, address), AuditAction.SIGN_IN, account, "", clock);
            return null;
        });
        return new SignedIn(signedIn, secret, csrfToken(secret));
    }

    /**
     * The caller a session cookie stands for, or empty when the session does not exist or has
     * ended (idle, too old, account disabled).
     */
    public Optional<Caller> session(String secret, String address) throws IOException {
        if (secret == null || secret.isEmpty() || secret.length() > 100) {
            return Optional.empty();
        }
        String digest = Secrets.digest(secret);
        Instant now = clock.instant();
        return database.transaction("read a session", connection -> {
            String account;
            Instant created;
            Instant lastSeen;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT account, created_at, last_seen_at FROM web_session WHERE secret_digest = ?")) {
                select.setString(1, digest);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    account = rows.getString(1);
                    created = AccountRows.instant(rows, 2);
                    lastSeen = AccountRows.instant(rows, 3);
                }
            }
            Optional<Account> owner = AccountRows.find(connection, account).map(AccountRows.Stored::account).filter(Account::enabled);
            if (owner.isEmpty() || !lastSeen.plus(idle).isAfter(now) || !created.plus(max).isAfter(now)) {
                AccountRows.update(connection, "DELETE FROM web_session WHERE secret_digest = ?", digest);
                return Optional.empty();
            }
            if (!lastSeen.plus(TOUCH_EVERY).isAfter(now)) {
                AccountRows.update(connection, "UPDATE web_session SET last_seen_at = ? WHERE secret_digest = ?", AccountRows.utc(now), digest);
            }
            return Optional.of(owner.get().as(Caller.Channel.SESSION, address));
        });
    }

    /** Ends the session on the server: its cookie signs nobody in any more. */
    public void signOut(Caller caller, String secret) throws IOException {
        database.durably("sign out " + caller.account(), connection -> {
            AccountRows.update(connection, "DELETE FROM web_session WHERE secret_digest = ?", Secrets.digest(secret));
            Accounts.audit(connection, caller, AuditAction.SIGN_OUT, caller.account(), "", clock);
            return null;
        });
    }

    /**
     * The session's CSRF token: a digest of its secret under another name, so that the server
     * need not store it, and knowing it reveals nothing of the secret.
     */
    public static String csrfToken(String sessionSecret) {
        return Secrets.digest("csrf " + sessionSecret);
    }
}
