package org.presswatch.office;

import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.office.accounts.Accounts;
import org.presswatch.office.accounts.ApiTokens;
import org.presswatch.office.accounts.PasswordHasher;
import org.presswatch.office.accounts.SignIns;
import org.presswatch.office.audit.AuditLog;
import org.presswatch.office.db.OfficeDatabase;
import org.presswatch.office.library.JdbcRebuttalLibrary;
import org.presswatch.office.library.LibraryEntries;

/**
 * The press office's data and rules on one office database: accounts, sign-ins and sessions, API
 * tokens, the audit log and the library's entries. What servers and commands are handed; each
 * part decides who may do what. Thread-safe; closing it closes the database.
 */
public final class Office implements Closeable {
    private final OfficeDatabase database;
    private final Accounts accounts;
    private final SignIns signIns;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final JdbcRebuttalLibrary library;
    private final LibraryEntries entries;

    private Office(OfficeDatabase database, PresswatchConfig.Office settings, Clock clock) {
        PasswordHasher hasher = new PasswordHasher();
        this.database = database;
        this.accounts = new Accounts(database, hasher, clock);
        this.signIns = new SignIns(database, hasher, clock, settings.sessionIdle(), settings.sessionMax());
        this.tokens = new ApiTokens(database, clock);
        this.audit = new AuditLog(database);
        this.library = JdbcRebuttalLibrary.in(database);
        this.entries = new LibraryEntries(library);
    }

    /** The office of the configuration's database (embedded under data.dir, or PostgreSQL). */
    public static Office open(PresswatchConfig config, Clock clock) throws IOException {
        return on(OfficeDatabase.open(config), config.office(), clock);
    }

    /** The office on a database already open, which it then owns. */
    public static Office on(OfficeDatabase database, PresswatchConfig.Office settings, Clock clock) {
        return new Office(database, settings, clock);
    }

    public OfficeDatabase database() {
        return database;
    }

    public Accounts accounts() {
        return accounts;
    }

    public SignIns signIns() {
        return signIns;
    }

    public ApiTokens tokens() {
        return tokens;
    }

    public AuditLog audit() {
        return audit;
    }

    /** The library's entries as each caller may see them. */
    public LibraryEntries libraryEntries() {
        return entries;
    }

    /** The library itself, for the machine's own commands; people reach it through {@link #libraryEntries}. */
    public JdbcRebuttalLibrary library() {
        return library;
    }

    @Override
    public void close() throws IOException {
        database.close();
    }
}
