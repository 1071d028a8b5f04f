package org.presswatch.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.testing.ManualClock;
import org.presswatch.office.access.Caller;
import org.presswatch.office.access.Refusal;
import org.presswatch.office.access.Role;
import org.presswatch.office.accounts.Account;
import org.presswatch.office.accounts.ApiToken;
import org.presswatch.office.accounts.IssuedToken;
import org.presswatch.office.accounts.SignIns;
import org.presswatch.office.accounts.TokenScope;
import org.presswatch.office.audit.AuditAction;
import org.presswatch.office.audit.AuditEvent;
import org.presswatch.office.audit.AuditQuery;
import org.presswatch.office.db.OfficeDatabase;

/**
 * What the office does with accounts, sign-ins, tokens and the audit log, on every engine of the
 * office database: a subclass per engine runs it.
 */
public abstract class OfficeContractTest {
    static final PresswatchConfig.Office SETTINGS = new PresswatchConfig.Office(new PresswatchConfig.Database("", "", ""),
            Duration.ofMinutes(30), Duration.ofHours(12));
    private static final char[] ADMIN_PASSWORD = "quản trị viên 2026".toCharArray();
    private static final char[] OFFICER_PASSWORD = "Lạng Sơn mật khẩu".toCharArray();
    private static final Caller MACHINE = Caller.machine();

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-07T00:00:00Z"));
    private Office office;
    private Caller admin;

    /** A new, empty office database; the test closes it. */
    protected abstract OfficeDatabase newDatabase() throws IOException;

    @BeforeEach
    void open() throws IOException {
        office = Office.on(newDatabase(), SETTINGS, clock);
        office.accounts().add(MACHINE, "admin", Role.ADMIN, List.of(), ADMIN_PASSWORD);
        admin = signIn("admin", ADMIN_PASSWORD, "10.0.0.1");
    }

    /** Nothing to close when the engine is absent and the test skipped. */
    @AfterEach
    void close() throws IOException {
        if (office != null) {
            office.close();
        }
    }

    @Test
    void anAdminAddsAccountsWithRolesAndProvincesByCodeOrName() throws IOException {
        Account officer = office.accounts().add(admin, " Lang.Son ", Role.OFFICER, List.of("Lạng Sơn", "04"), OFFICER_PASSWORD);

        assertEquals("lang.son", officer.name(), "names are trimmed and lowercase");
        assertEquals(List.of("04", "20"), officer.provinces(), "provinces as codes, in order");
        assertEquals(List.of("admin", "lang.son"), office.accounts().list(admin).stream().map(Account::name).toList());
        assertEquals(officer, office.accounts().get(admin, "lang.son"));
        AuditEvent added = office.audit().read(admin, AuditQuery.newest(1)).get(0);
        assertEquals(AuditAction.ACCOUNT_ADDED, added.action());
        assertEquals("admin", added.actor());
        assertEquals("lang.son", added.target());
        assertEquals("officer of 04,20", added.detail());
        assertEquals("10.0.0.1", added.address(), "from where");
    }

    @Test
    void onlyAdminsManageAccountsAndTheRulesOfAccountsHold() throws IOException {
        office.accounts().add(admin, "ls-officer", Role.OFFICER, List.of("20"), OFFICER_PASSWORD);
        Caller officer = signIn("ls-officer", OFFICER_PASSWORD, "10.0.0.2");

        assertRefused(Refusal.Reason.FORBIDDEN, () -> office.accounts().add(officer, "x1", Role.READER, List.of("20"), OFFICER_PASSWORD));
        assertRefused(Refusal.Reason.FORBIDDEN, () -> office.accounts().list(officer));
        assertRefused(Refusal.Reason.FORBIDDEN, () -> office.accounts().setEnabled(officer, "admin", false));
        assertRefused(Refusal.Reason.FORBIDDEN, () -> office.accounts().get(officer, "admin"));
        assertEquals("ls-officer", office.accounts().get(officer, "ls-officer").name(), "one's own account");
        assertRefused(Refusal.Reason.CONFLICT, () -> office.accounts().add(admin, "LS-OFFICER", Role.READER, List.of("20"), OFFICER_PASSWORD));
        assertThrows(IllegalArgumentException.class, () -> office.accounts().add(admin, "short", Role.READER, List.of("20"), "ngắn".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> office.accounts().add(admin, "an", Role.ANALYST, List.of("20"), OFFICER_PASSWORD),
                "national roles have no provinces");
        assertThrows(IllegalArgumentException.class, () -> office.accounts().add(admin, "ro", Role.READER, List.of(), OFFICER_PASSWORD),
                "readers need a province");
        assertThrows(IllegalArgumentException.class, () -> office.accounts().add(admin, "ro", Role.READER, List.of("Atlantis"), OFFICER_PASSWORD));
        assertThrows(IllegalArgumentException.class, () -> office.accounts().add(admin, "Có dấu", Role.READER, List.of("20"), OFFICER_PASSWORD));
    }

    @Test
    void theLastEnabledAdminCanBeNeitherDisabledNorDemoted() throws IOException {
        assertRefused(Refusal.Reason.CONFLICT, () -> office.accounts().setEnabled(admin, "admin", false));
        assertRefused(Refusal.Reason.CONFLICT, () -> office.accounts().setRole(admin, "admin", Role.ANALYST, List.of()));

        office.accounts().add(admin, "admin2", Role.ADMIN, List.of(), ADMIN_PASSWORD);
        assertEquals(Role.ANALYST, office.accounts().setRole(admin, "admin", Role.ANALYST, List.of()).role());
        assertTrue(office.accounts().hasAdmin());
        assertRefused(Refusal.Reason.NOT_FOUND, () -> office.accounts().setEnabled(MACHINE, "nobody", false));
    }

    @Test
    void aSessionStandsForItsAccountUntilSignOut() throws IOException {
        office.accounts().add(admin, "ls-officer", Role.OFFICER, List.of("20"), OFFICER_PASSWORD);
        SignIns.SignedIn signedIn = (SignIns.SignedIn) office.signIns().signIn("LS-Officer", OFFICER_PASSWORD, "10.0.0.2");

        Caller caller = office.signIns().session(signedIn.sessionSecret(), "10.0.0.3").orElseThrow();
        assertEquals(new Caller("ls-officer", Role.OFFICER, Set.of("20"), Caller.Channel.SESSION, "10.0.0.3"), caller);
        assertEquals(SignIns.csrfToken(signedIn.sessionSecret()), signedIn.csrfToken());
        assertFalse(signedIn.toString().contains(signedIn.sessionSecret()), "no secret in what may be logged");

        office.accounts().setRole(admin, "ls-officer", Role.READER, List.of("20", "04"));
        assertEquals(Role.READER, office.signIns().session(signedIn.sessionSecret(), "x").orElseThrow().role(),
                "a role change applies to the next request");

        office.signIns().signOut(caller, signedIn.sessionSecret());
        assertEquals(Optional.empty(), office.signIns().session(signedIn.sessionSecret(), "x"), "signed out on the server");
        assertEquals(Optional.empty(), office.signIns().session("made-up", "x"));
        List<AuditAction> actions = office.audit().read(admin, new AuditQuery(null, "ls-officer", null, 0, 10)).stream()
                .map(AuditEvent::action).toList();
        assertEquals(List.of(AuditAction.SIGN_OUT, AuditAction.SIGN_IN), actions, "the officer's own events, newest first");
    }

    @Test
    void sessionsEndWhenIdleWhenTooOldWhenDisabledAndWhenThePasswordChanges() throws IOException {
        office.accounts().add(admin, "ls-officer", Role.OFFICER, List.of("20"), OFFICER_PASSWORD);
        String idle = sessionOf("ls-officer", OFFICER_PASSWORD);
        clock.advance(Duration.ofMinutes(29));
        assertTrue(office.signIns().session(idle, "x").isPresent(), "29 minutes idle");
        clock.advance(Duration.ofMinutes(29));
        assertTrue(office.signIns().session(idle, "x").isPresent(), "used 29 minutes ago");
        clock.advance(Duration.ofMinutes(31));
        assertFalse(office.signIns().session(idle, "x").isPresent(), "31 minutes idle");

        String busy = sessionOf("ls-officer", OFFICER_PASSWORD);
        for (int i = 0; i < 12 * 3 - 1; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertTrue(office.signIns().session(busy, "x").isPresent(), "busy for " + (i + 1) * 20 + " minutes");
        }
        clock.advance(Duration.ofMinutes(20));
        assertFalse(office.signIns().session(busy, "x").isPresent(), "twelve hours at most");

        String disabled = sessionOf("ls-officer", OFFICER_PASSWORD);
        office.accounts().setEnabled(admin, "ls-officer", false);
        assertFalse(office.signIns().session(disabled, "x").isPresent(), "a disabled account's session");
        assertInstanceOf(SignIns.Refused.class, office.signIns().signIn("ls-officer", OFFICER_PASSWORD, "10.0.0.9"));
        office.accounts().setEnabled(admin, "ls-officer", true);

        String before = sessionOf("ls-officer", OFFICER_PASSWORD);
        Caller officer = office.signIns().session(before, "x").orElseThrow();
        assertRefused(Refusal.Reason.FORBIDDEN, () -> office.accounts().setPassword(officer, "ls-officer", "sai rồi sai rồi".toCharArray(),
                "mật khẩu mới của tôi".toCharArray()));
        office.accounts().setPassword(officer, "ls-officer", OFFICER_PASSWORD, "mật khẩu mới của tôi".toCharArray());
        assertFalse(office.signIns().session(before, "x").isPresent(), "sessions end with a new password");
        assertInstanceOf(SignIns.SignedIn.class, office.signIns().signIn("ls-officer", "mật khẩu mới của tôi".toCharArray(), "10.0.0.2"));
        assertRefused(Refusal.Reason.FORBIDDEN, () -> office.accounts().setPassword(officer, "admin", null, "mật khẩu mới của tôi".toCharArray()));
    }

    @Test
    void failedSignInsAreThrottledWithoutLockingOthersOut() throws IOException {
        office.accounts().add(admin, "ls-officer", Role.OFFICER, List.of("20"), OFFICER_PASSWORD);
        char[] wrong = "không phải mật khẩu".toCharArray();
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(SignIns.Refused.class, office.signIns().signIn("ls-officer", wrong, "10.6.6.6"), "attempt " + (i + 1));
        }
        SignIns.Throttled throttled = assertInstanceOf(SignIns.Throttled.class,
                office.signIns().signIn("ls-officer", OFFICER_PASSWORD, "10.6.6.6"), "even the right password waits");
        assertTrue(throttled.retryAfter().compareTo(Duration.ZERO) > 0 && throttled.retryAfter().compareTo(Duration.ofMinutes(15)) <= 0,
                "retry after " + throttled.retryAfter());

        assertInstanceOf(SignIns.SignedIn.class, office.signIns().signIn("ls-officer", OFFICER_PASSWORD, "10.0.0.2"),
                "the owner at another address");
        assertInstanceOf(SignIns.SignedIn.class, office.signIns().signIn("admin", ADMIN_PASSWORD, "10.0.0.1"), "another account");

        clock.advance(Duration.ofMinutes(15));
        assertInstanceOf(SignIns.SignedIn.class, office.signIns().signIn("ls-officer", OFFICER_PASSWORD, "10.6.6.6"), "after the window");
    }

    @Test
    void failedSignInsAreAuditedWithoutWhatWasTyped() throws IOException {
        office.signIns().signIn("admin", "đoán sai mật khẩu".toCharArray(), "10.6.6.6");
        office.signIns().signIn("quản trị viên 2026", "x".toCharArray(), "10.6.6.7");

        List<AuditEvent> failed = office.audit().read(admin, new AuditQuery(null, null, AuditAction.SIGN_IN_FAILED, 0, 10));
        assertEquals(2, failed.size());
        assertEquals("", failed.get(0).target(), "a name that is no account may be a password typed in the wrong field");
        assertEquals("unknown account", failed.get(0).detail());
        assertEquals("admin", failed.get(1).target());
        assertEquals("wrong password", failed.get(1).detail());
        assertEquals("10.6.6.6", failed.get(1).address());
    }

    @Test
    void tokensActAsTheirAccountWithinTheirScopeUntilRevokedOrExpired() throws IOException {
        office.accounts().add(admin, "ls-officer", Role.OFFICER, List.of("20"), OFFICER_PASSWORD);
        office.accounts().add(admin, "ls-reader", Role.READER, List.of("20"), OFFICER_PASSWORD);
        Caller officer = signIn("ls-officer", OFFICER_PASSWORD, "10.0.0.2");
        Caller reader = signIn("ls-reader", OFFICER_PASSWORD, "10.0.0.3");

        IssuedToken write = office.tokens().create(officer, officer.account(), "chat bot", TokenScope.WRITE, Duration.ofDays(90));
        IssuedToken read = office.tokens().create(officer, officer.account(), "", TokenScope.READ, Duration.ofDays(1));
        assertTrue(write.secret().startsWith("pwt_") && write.secret().length() >= 40, write.secret());
        assertFalse(write.toString().contains(write.secret()));
        Caller bot = office.tokens().authenticate(write.secret(), "10.0.0.9").orElseThrow();
        assertEquals(Caller.Channel.WRITE_TOKEN, bot.channel());
        assertTrue(bot.mayWrite());
        assertFalse(office.tokens().authenticate(read.secret(), "x").orElseThrow().mayWrite(), "a read token");

        List<ApiToken> listed = office.tokens().list(officer);
        assertEquals(2, listed.size());
        ApiToken used = listed.stream().filter(t -> t.id().equals(write.token().id())).findFirst().orElseThrow();
        assertEquals(clock.instant(), used.lastUsedAt(), "listed with its last use");
        assertEquals("chat bot", used.label());

        assertRefused(Refusal.Reason.FORBIDDEN, () -> office.tokens().create(reader, reader.account(), "", TokenScope.WRITE, Duration.ofDays(1)));
        assertRefused(Refusal.Reason.FORBIDDEN, () -> office.tokens().create(bot, bot.account(), "", TokenScope.READ, Duration.ofDays(1)));
        assertRefused(Refusal.Reason.FORBIDDEN, () -> office.tokens().revoke(reader, write.token().id()));
        // not even an admin makes another account's token
        assertRefused(Refusal.Reason.FORBIDDEN, () -> office.tokens().create(admin, "ls-officer", "", TokenScope.READ, Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class, () -> office.tokens().create(officer, officer.account(), "", TokenScope.READ, Duration.ofDays(400)));
        assertEquals(0, office.tokens().list(reader).size(), "others' tokens are not listed");
        assertEquals(2, office.tokens().list(admin).size(), "an admin lists everyone's");

        assertNotNull(office.tokens().revoke(officer, write.token().id()).revokedAt());
        assertEquals(Optional.empty(), office.tokens().authenticate(write.secret(), "x"), "revoked");
        clock.advance(Duration.ofDays(1));
        assertEquals(Optional.empty(), office.tokens().authenticate(read.secret(), "x"), "expired");
        assertEquals(Optional.empty(), office.tokens().authenticate("pwt_made-up", "x"));
        assertRefused(Refusal.Reason.NOT_FOUND, () -> office.tokens().revoke(admin, "nope"));

        IssuedToken later = office.tokens().create(officer, officer.account(), "", TokenScope.READ, Duration.ofDays(1));
        office.accounts().setEnabled(admin, "ls-officer", false);
        assertEquals(Optional.empty(), office.tokens().authenticate(later.secret(), "x"), "the account is disabled");
        List<AuditAction> actions = office.audit().read(admin, new AuditQuery(null, "ls-officer", null, 0, 10)).stream()
                .map(AuditEvent::action).toList();
        assertEquals(List.of(AuditAction.TOKEN_CREATED, AuditAction.TOKEN_REVOKED, AuditAction.TOKEN_CREATED, AuditAction.TOKEN_CREATED,
                AuditAction.SIGN_IN), actions);
        IssuedToken forTheBot = office.tokens().create(Caller.machine(), "admin", "bot", TokenScope.WRITE, Duration.ofDays(1));
        assertEquals("admin", forTheBot.token().account(), "this machine's command line makes tokens for any account");
    }

    @Test
    void theAuditLogIsForAdminsAndReadsInPages() throws IOException {
        for (int i = 0; i < 5; i++) {
            office.accounts().add(admin, "reader-" + i, Role.READER, List.of("20"), OFFICER_PASSWORD);
            clock.advance(Duration.ofMinutes(1));
        }
        Caller reader = signIn("reader-0", OFFICER_PASSWORD, "10.0.0.4");
        assertRefused(Refusal.Reason.FORBIDDEN, () -> office.audit().read(reader, AuditQuery.newest(10)));

        List<AuditEvent> first = office.audit().read(admin, new AuditQuery(null, null, AuditAction.ACCOUNT_ADDED, 0, 2));
        List<AuditEvent> second = office.audit().read(admin, new AuditQuery(null, null, AuditAction.ACCOUNT_ADDED, first.get(1).id(), 2));
        assertEquals(List.of("reader-4", "reader-3", "reader-2", "reader-1"),
                List.of(first.get(0).target(), first.get(1).target(), second.get(0).target(), second.get(1).target()));
        assertEquals(2, office.audit().read(admin, new AuditQuery(clock.instant().minus(Duration.ofMinutes(2)), null,
                AuditAction.ACCOUNT_ADDED, 0, 10)).size(), "since");
    }

    @Test
    void noSecretIsStoredAsItIs() throws IOException {
        office.accounts().add(admin, "ls-officer", Role.OFFICER, List.of("20"), OFFICER_PASSWORD);
        SignIns.SignedIn signedIn = (SignIns.SignedIn) office.signIns().signIn("ls-officer", OFFICER_PASSWORD, "10.0.0.2");
        IssuedToken token = office.tokens().create(Caller.machine(), "ls-officer", "", TokenScope.READ, Duration.ofDays(1));
        office.signIns().signIn("ls-officer", "một mật khẩu sai".toCharArray(), "10.0.0.2");

        String everything = String.join("\n", everyValue(office.database()));
        for (String secret : List.of(new String(OFFICER_PASSWORD), new String(ADMIN_PASSWORD), "một mật khẩu sai", signedIn.sessionSecret(),
                signedIn.csrfToken(), token.secret(), token.secret().substring(4))) {
            assertFalse(everything.contains(secret), "the database holds a secret as it is");
        }
        assertTrue(everything.contains("$argon2id$v=19$m=19456,t=2,p=1$"), "passwords as Argon2id hashes");
    }

    /** Every value of every table, as text. */
    private static List<String> everyValue(OfficeDatabase database) throws IOException {
        return database.transaction("read everything", connection -> {
            List<String> values = new ArrayList<>();
            for (String table : List.of("account", "account_province", "web_session", "api_token", "audit_event", "rebuttal_version")) {
                values.addAll(values(connection, table));
            }
            return values;
        });
    }

    private static List<String> values(Connection connection, String table) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement select = connection.createStatement(); ResultSet rows = select.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData columns = rows.getMetaData();
            while (rows.next()) {
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    values.add(String.valueOf(rows.getObject(i)));
                }
            }
        }
        return values;
    }

    private Caller signIn(String name, char[] password, String address) throws IOException {
        return office.signIns().session(((SignIns.SignedIn) office.signIns().signIn(name, password, address)).sessionSecret(), address)
                .orElseThrow();
    }

    private String sessionOf(String name, char[] password) throws IOException {
        return ((SignIns.SignedIn) office.signIns().signIn(name, password, "10.0.0.2")).sessionSecret();
    }

    private static void assertRefused(Refusal.Reason reason, Executable call) {
        assertEquals(reason, assertThrows(Refusal.class, call).reason());
    }
}
