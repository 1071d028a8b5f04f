package org.presswatch.api.http;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.office.Office;
import org.presswatch.office.access.Caller;
import org.presswatch.office.access.Role;
import org.presswatch.office.accounts.TokenScope;
import org.presswatch.office.db.OfficeDatabase;

/**
 * An office in a private in-memory database with one account per role, officers and readers of
 * two provinces, and an API token for each: what the API's tests sign in as. Closing it drops
 * the database.
 */
final class TestOffice implements AutoCloseable {
    static final String PASSWORD = "mật khẩu thử nghiệm";
    static final String ADMIN = "quantri";
    static final String ANALYST = "phantich";
    /** An officer of Lạng Sơn (20). */
    static final String OFFICER = "langson";
    /** An officer of Khánh Hòa (56). */
    static final String OTHER_OFFICER = "khanhhoa";
    /** A reader of Lạng Sơn (20). */
    static final String READER = "baolangson";
    static final String LANG_SON = "20";
    static final String KHANH_HOA = "56";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    final Office office;
    private final Map<String, String> writeTokens = new HashMap<>();
    private final Map<String, String> readTokens = new HashMap<>();

    private TestOffice(Office office) {
        this.office = office;
    }

    static TestOffice open() throws IOException {
        return open(OfficeDatabase.inMemory("api-test-" + DATABASES.incrementAndGet()));
    }

    /** The test office in a database of the caller's, which it then owns. */
    static TestOffice open(OfficeDatabase database) throws IOException {
        TestOffice test = new TestOffice(Office.on(database, new ConfigLoader().load().office(), Clock.systemUTC()));
        Caller machine = Caller.machine();
        test.add(ADMIN, Role.ADMIN, List.of());
        test.add(ANALYST, Role.ANALYST, List.of());
        test.add(OFFICER, Role.OFFICER, List.of(LANG_SON));
        test.add(OTHER_OFFICER, Role.OFFICER, List.of(KHANH_HOA));
        test.add(READER, Role.READER, List.of(LANG_SON));
        for (String account : List.of(ADMIN, ANALYST, OFFICER, OTHER_OFFICER, READER)) {
            test.readTokens.put(account, test.office.tokens().create(machine, account, "test", TokenScope.READ, Duration.ofDays(1)).secret());
            if (!account.equals(READER)) {
                test.writeTokens.put(account, test.office.tokens().create(machine, account, "test", TokenScope.WRITE, Duration.ofDays(1))
                        .secret());
            }
        }
        return test;
    }

    private void add(String name, Role role, List<String> provinces) throws IOException {
        office.accounts().add(Caller.machine(), name, role, provinces, PASSWORD.toCharArray());
    }

    /** The account's token with the write scope (a reader's can only read). */
    String token(String account) {
        return writeTokens.getOrDefault(account, readTokens.get(account));
    }

    /** The account's token with the read scope. */
    String readToken(String account) {
        return readTokens.get(account);
    }

    @Override
    public void close() throws IOException {
        office.close();
    }
}
