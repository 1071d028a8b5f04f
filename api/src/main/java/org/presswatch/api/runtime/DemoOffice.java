package org.presswatch.api.runtime;

import java.io.IOException;
import java.util.List;
import org.presswatch.core.config.DataLayout;
import org.presswatch.demo.library.DemoLibrary;
import org.presswatch.office.Office;
import org.presswatch.office.access.Caller;
import org.presswatch.office.access.Role;
import org.presswatch.office.accounts.Account;
import org.presswatch.office.library.OfficeLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo office: its rebuttal library, saved into an empty library, and one account per role
 * for two provinces (Lạng Sơn and Khánh Hòa), made when missing, all with the one password the
 * demo's banner shows. An office's own library and accounts are never touched.
 */
public final class DemoOffice {
    /** The demo accounts' password: the demo runs on this machine's loopback, on invented news. */
    public static final String PASSWORD = "presswatch-demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoOffice.class);

    /** A demo account, as the banner lists it. */
    public record DemoAccount(String name, Role role, List<String> provinces, String description) {}

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("quantri", Role.ADMIN, List.of(), "admin"),
            new DemoAccount("phantich", Role.ANALYST, List.of(), "national analyst, every province"),
            new DemoAccount("langson", Role.OFFICER, List.of("20"), "press officer of Lạng Sơn"),
            new DemoAccount("khanhhoa", Role.OFFICER, List.of("56"), "press officer of Khánh Hòa"),
            new DemoAccount("baolangson", Role.READER, List.of("20"), "reader: Lạng Sơn's newspaper"));

    private DemoOffice() {}

    /** Stocks the library when empty and adds the demo accounts that are missing. */
    public static void stock(Office office, DataLayout layout) throws IOException {
        try (OfficeLibrary library = OfficeLibrary.open(office.database(), layout)) {
            if (library.entries().count() == 0) {
                int saved = library.save(DemoLibrary.entries(), DemoLibrary.EDITOR).size();
                LOG.info("demo: {} rebuttal-library entries saved in the empty library under {}", saved, layout.dir());
            }
        }
        Caller machine = Caller.machine();
        List<String> existing = office.accounts().list(machine).stream().map(Account::name).toList();
        for (DemoAccount account : ACCOUNTS) {
            if (!existing.contains(account.name())) {
                office.accounts().add(machine, account.name(), account.role(), account.provinces(), PASSWORD.toCharArray());
            }
        }
    }
}
