package org.presswatch.office.accounts;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.presswatch.core.model.Province;
import org.presswatch.core.model.Provinces;
import org.presswatch.core.util.Validate;
import org.presswatch.office.access.Caller;
import org.presswatch.office.access.Refusal;
import org.presswatch.office.access.Role;
import org.presswatch.office.audit.AuditAction;
import org.presswatch.office.audit.AuditEvent;
import org.presswatch.office.audit.AuditLog;
import org.presswatch.office.db.OfficeDatabase;

/**
 * The office's accounts: adding them, their roles and provinces, disabling them, their
 * passwords. Admins manage every account; anyone may change their own password. Each change is
 * checked against the caller, written with its audit event in one transaction, and on the disk
 * before the call returns. Thread-safe.
 */
public final class Accounts {
    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MAX_PASSWORD_LENGTH = 256;

    private final OfficeDatabase database;
    private final PasswordHasher hasher;
    private final Clock clock;

    public Accounts(OfficeDatabase database, PasswordHasher hasher, Clock clock) {
        this.database = Validate.notNull(database, "database");
        this.hasher = Validate.notNull(hasher, "hasher");
        this.clock = Validate.notNull(clock, "clock");
    }

    /** The sign-in name as stored: trimmed, lowercase. */
    public static String normalizeName(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Adds an account.
     *
     * @param provinces the provinces of an officer or reader (at least one); none for national roles
     * @throws Refusal forbidden unless the caller is an admin; conflict when the name is taken
     * @throws IllegalArgumentException for a malformed name, unknown province or weak password
     */
    public Account add(Caller caller, String name, Role role, List<String> provinces, char[] password) throws IOException {
        caller.requireAdmin("add accounts");
        Instant now = clock.instant();
        Account account = new Account(requireName(name), role, provincesFor(role, provinces), true, now, now);
        String hash = hasher.hash(requireStrong(password, account.name()));
        return database.durably("add account " + account.name(), connection -> {
            if (AccountRows.find(connection, account.name()).isPresent()) {
                throw Refusal.conflict("an account named " + account.name() + " exists already");
            }
            AccountRows.insert(connection, account, hash);
            audit(connection, caller, AuditAction.ACCOUNT_ADDED, account.name(), describe(account));
            return account;
        });
    }

    /** Every account, by name, for admins. */
    public List<Account> list(Caller caller) throws IOException {
        caller.requireAdmin("list the accounts");
        return database.transaction("list the accounts", AccountRows::all);
    }

    /**
     * One account: admins see any, others their own.
     *
     * @throws Refusal forbidden or not found
     */
    public Account get(Caller caller, String name) throws IOException {
        String wanted = normalizeName(name);
        if (!caller.isAdmin() && !caller.account().equals(wanted)) {
            throw Refusal.forbidden("only an admin may see another account");
        }
        return database.transaction("read account " + wanted, connection -> find(connection, wanted));
    }

    /** Whether any enabled admin exists: without one, nobody can add accounts except on the machine itself. */
    public boolean hasAdmin() throws IOException {
        return database.transaction("look for an admin", connection ->
                AccountRows.exists(connection, "SELECT 1 FROM account WHERE account_role = ? AND enabled = TRUE", Role.ADMIN.id()));
    }

    /**
     * Gives an account another role and provinces; effective on its next request.
     *
     * @throws Refusal forbidden unless an admin; conflict when it would leave no enabled admin
     */
    public Account setRole(Caller caller, String name, Role role, List<String> provinces) throws IOException {
        caller.requireAdmin("change roles");
        List<String> assigned = provincesFor(role, provinces);
        String wanted = normalizeName(name);
        return database.durably("change the role of " + wanted, connection -> {
            Account current = find(connection, wanted);
            if (current.role() == Role.ADMIN && role != Role.ADMIN && current.enabled() && !AccountRows.otherEnabledAdmin(connection, wanted)) {
                throw Refusal.conflict(wanted + " is the last enabled admin: make another account admin first");
            }
            Account changed = new Account(current.name(), role, assigned, current.enabled(), current.createdAt(), current.passwordChangedAt());
            AccountRows.update(connection, changed);
            audit(connection, caller, AuditAction.ROLE_CHANGED, wanted, "from " + describe(current) + " to " + describe(changed));
            return changed;
        });
    }

    /**
     * Disables or enables an account. Disabling ends its sessions at once, and its tokens stop
     * working while it stays disabled.
     *
     * @throws Refusal forbidden unless an admin; conflict for the last enabled admin
     */
    public Account setEnabled(Caller caller, String name, boolean enabled) throws IOException {
        caller.requireAdmin(enabled ? "enable accounts" : "disable accounts");
        String wanted = normalizeName(name);
        return database.durably((enabled ? "enable " : "disable ") + wanted, connection -> {
            Account current = find(connection, wanted);
            if (!enabled && current.role() == Role.ADMIN && current.enabled() && !AccountRows.otherEnabledAdmin(connection, wanted)) {
                throw Refusal.conflict(wanted + " is the last enabled admin and cannot be disabled");
            }
            Account changed = new Account(current.name(), current.role(), current.provinces(), enabled, current.createdAt(),
                    current.passwordChangedAt());
            AccountRows.update(connection, changed);
            if (!enabled) {
                AccountRows.update(connection, "DELETE FROM web_session WHERE account = ?", wanted);
            }
            audit(connection, caller, enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, wanted, "");
            return changed;
        });
    }

    /**
     * Sets an account's password and ends its sessions. Callers changing their own password
     * give the current one; admins and the machine's command line need not.
     *
     * @param current the caller's current password when they change their own; ignored otherwise
     * @throws Refusal forbidden for another's password unless an admin, or a wrong current password
     */
    public void setPassword(Caller caller, String name, char[] current, char[] password) throws IOException {
        String wanted = normalizeName(name);
        boolean own = caller.account().equals(wanted) && caller.channel() != Caller.Channel.MACHINE;
        if (!own) {
            caller.requireAdmin("set another account's password");
        }
        String hash = hasher.hash(requireStrong(password, wanted));
        database.durably("set the password of " + wanted, connection -> {
            AccountRows.Stored stored = AccountRows.find(connection, wanted)
                    .orElseThrow(() -> Refusal.notFound("no account named " + wanted));
            if (own && (current == null || !hasher.matches(current, stored.passwordHash()))) {
                throw Refusal.forbidden("the current password is not right");
            }
            AccountRows.updatePassword(connection, wanted, hash, clock.instant());
            AccountRows.update(connection, "DELETE FROM web_session WHERE account = ?", wanted);
            audit(connection, caller, AuditAction.PASSWORD_CHANGED, wanted, own ? "by the account itself" : "");
            return null;
        });
    }

    static Account find(Connection connection, String name) throws SQLException {
        return AccountRows.find(connection, name).map(AccountRows.Stored::account)
                .orElseThrow(() -> Refusal.notFound("no account named " + name));
    }

    static void audit(Connection connection, Caller caller, AuditAction action, String target, String detail, Clock clock)
            throws SQLException {
        AuditLog.record(connection, new AuditEvent(0, clock.instant(), caller.account(), action, target, detail, caller.address()));
    }

    private void audit(Connection connection, Caller caller, AuditAction action, String target, String detail) throws SQLException {
        audit(connection, caller, action, target, detail, clock);
    }

    private static String requireName(String name) {
        String normalized = normalizeName(name);
        Validate.isTrue(normalized.matches(Account.NAME_PATTERN), "an account name is 2 to 64 lowercase letters, digits, '.', '_' or '-', "
                + "starting with a letter or digit; '%s' is not", normalized.length() > 64 ? normalized.substring(0, 64) + "…" : normalized);
        return normalized;
    }

    private static List<String> provincesFor(Role role, List<String> provinces) {
        List<String> given = provinces == null ? List.of() : provinces;
        if (role.national()) {
            Validate.isTrue(given.isEmpty(), "an %s sees every province; give provinces to officers and readers only", role.id());
        } else {
            Validate.isTrue(!given.isEmpty(), "an %s needs at least one province", role.id());
        }
        return given.stream().map(Accounts::provinceCode).toList();
    }

    /** A province by its code or any of its names: "20", "Lạng Sơn", "lang son". */
    private static String provinceCode(String given) {
        return Provinces.byCode(given == null ? null : given.strip()).or(() -> Provinces.byName(given)).map(Province::code)
                .orElseThrow(() -> new IllegalArgumentException("unknown province '" + given + "': give its two-digit code or its name"));
    }

    private static char[] requireStrong(char[] password, String name) {
        Validate.isTrue(password != null && password.length >= MIN_PASSWORD_LENGTH,
                "a password has at least %d characters", MIN_PASSWORD_LENGTH);
        Validate.isTrue(password.length <= MAX_PASSWORD_LENGTH, "a password has at most %d characters", MAX_PASSWORD_LENGTH);
        Validate.isTrue(!new String(password).strip().equalsIgnoreCase(name), "a password must not be the account's name");
        return password;
    }

    private static String describe(Account account) {
        return account.role().id() + (account.provinces().isEmpty() ? "" : " of " + String.join(",", account.provinces()));
    }
}
