package org.presswatch.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.presswatch.office.Office;
import org.presswatch.office.access.Caller;
import org.presswatch.office.access.Role;
import org.presswatch.office.accounts.Account;
import org.presswatch.office.accounts.ApiToken;
import org.presswatch.office.accounts.IssuedToken;
import org.presswatch.office.accounts.TokenScope;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The office's accounts from this machine's command line, which acts with the rights of whoever
 * owns the office database (recorded in the audit log as {@value Caller#MACHINE_ACCOUNT}). Works
 * while presswatch serves: the office database is shared.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"The office's accounts: add, list, disable, enable, passwd, roles, token.",
                "Tài khoản của cơ quan: thêm, liệt kê, khóa, mở khóa, đổi mật khẩu, vai trò, mã truy cập API."},
        subcommands = {UsersCommand.Add.class, UsersCommand.ListAccounts.class, UsersCommand.Disable.class, UsersCommand.Enable.class,
                UsersCommand.Passwd.class, UsersCommand.Roles.class, UsersCommand.Token.class})
final class UsersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: add, list, disable, enable, passwd, roles or token");
    }

    /** Where a new password comes from: a file (or standard input), else typed twice at the terminal. */
    static final class PasswordSource {
        @Option(names = "--password-file", paramLabel = "FILE",
                description = "Read the password from the first line of FILE ('-': standard input) instead of asking for it.")
        Path file;

        char[] read(CommandSpec spec, String name) throws IOException {
            if (file != null) {
                String line;
                if (file.toString().equals("-")) {
                    line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                } else {
                    if (!Files.isRegularFile(file)) {
                        throw new ParameterException(spec.commandLine(), "no such file: " + file);
                    }
                    line = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse(null);
                }
                if (line == null || line.isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "the first line of " + file + " is empty: it holds the password");
                }
                return line.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new ParameterException(spec.commandLine(), "no terminal to ask for the password on: give --password-file FILE");
            }
            char[] first = console.readPassword("Password for %s: ", name);
            char[] again = console.readPassword("The same again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new ParameterException(spec.commandLine(), "the two passwords differ");
            }
            return first;
        }
    }

    /** A role and its provinces, as add and roles take them. */
    static final class RoleOptions {
        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, analyst, officer or reader.")
        String role;

        @Option(names = "--province", paramLabel = "PROVINCE", split = ",",
                description = "A province of an officer or reader, by code or name (\"20\", \"Lạng Sơn\"); repeat or separate by commas.")
        List<String> provinces = List.of();
    }

    abstract static class OfficeCommand implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public final Integer call() throws Exception {
            try (Office office = Office.open(options.load(), Clock.systemUTC())) {
                run(office, Caller.machine());
            }
            return 0;
        }

        abstract void run(Office office, Caller machine) throws IOException;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = {"Add an account.", "Thêm tài khoản."})
    static final class Add extends OfficeCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The sign-in name: lowercase letters, digits, '.', '_', '-'.")
        String name;

        @ArgGroup(exclusive = false, multiplicity = "1")
        RoleOptions role;

        @ArgGroup(exclusive = false)
        PasswordSource password = new PasswordSource();

        @Override
        void run(Office office, Caller machine) throws IOException {
            Account added = office.accounts().add(machine, name, Role.parse(role.role), role.provinces, password.read(spec, name));
            System.out.printf("users add: %s is %s%n", added.name(), describe(added));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"List the accounts.", "Liệt kê tài khoản."})
    static final class ListAccounts extends OfficeCommand {
        @Override
        void run(Office office, Caller machine) throws IOException {
            List<Account> accounts = office.accounts().list(machine);
            System.out.printf("%-24s %-8s %-20s %-9s %s%n", "NAME", "ROLE", "PROVINCES", "STATE", "CREATED");
            for (Account a : accounts) {
                System.out.printf("%-24s %-8s %-20s %-9s %s%n", a.name(), a.role().id(),
                        a.provinces().isEmpty() ? "(all)" : String.join(",", a.provinces()), a.enabled() ? "enabled" : "disabled",
                        a.createdAt());
            }
            System.out.printf("users list: %d accounts%n", accounts.size());
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = {"Disable an account: its sessions end, its tokens stop working.", "Khóa tài khoản."})
    static final class Disable extends Switch {
        Disable() {
            super(false);
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = {"Enable a disabled account.", "Mở khóa tài khoản."})
    static final class Enable extends Switch {
        Enable() {
            super(true);
        }
    }

    /** Disables or enables an account, as its subclass says. */
    abstract static class Switch extends OfficeCommand {
        private final boolean enabled;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        Switch(boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        void run(Office office, Caller machine) throws IOException {
            Account account = office.accounts().setEnabled(machine, name, enabled);
            System.out.printf("users %s: %s is %s%n", enabled ? "enable" : "disable", account.name(), enabled ? "enabled" : "disabled");
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = {"Set an account's password; its sessions end.", "Đặt mật khẩu mới cho tài khoản."})
    static final class Passwd extends OfficeCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @ArgGroup(exclusive = false)
        PasswordSource password = new PasswordSource();

        @Override
        void run(Office office, Caller machine) throws IOException {
            office.accounts().setPassword(machine, name, null, password.read(spec, name));
            System.out.printf("users passwd: the password of %s is changed; its sessions have ended%n", name.strip());
        }
    }

    @Command(name = "roles", mixinStandardHelpOptions = true,
            description = {"Give an account another role and provinces.", "Đổi vai trò và tỉnh của tài khoản."})
    static final class Roles extends OfficeCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @ArgGroup(exclusive = false, multiplicity = "1")
        RoleOptions role;

        @Override
        void run(Office office, Caller machine) throws IOException {
            Account changed = office.accounts().setRole(machine, name, Role.parse(role.role), role.provinces);
            System.out.printf("users roles: %s is %s%n", changed.name(), describe(changed));
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = {"API tokens: add one for an account (shown once), list them, revoke one.",
                    "Mã truy cập API: tạo (chỉ hiện một lần), liệt kê, thu hồi."},
            subcommands = {TokenAdd.class, TokenList.class, TokenRevoke.class})
    static final class Token implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new ParameterException(spec.commandLine(), "a subcommand is required: add, list or revoke");
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Make an API token for an account; its secret is printed once.")
    static final class TokenAdd extends OfficeCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The account the token acts as.")
        String name;

        @Option(names = "--scope", required = true, paramLabel = "SCOPE", description = "read, or write (read and write).")
        String scope;

        @Option(names = "--days", defaultValue = "90", paramLabel = "DAYS", description = "How long it works (default: ${DEFAULT-VALUE}; at most 366).")
        int days;

        @Option(names = "--label", defaultValue = "", paramLabel = "TEXT", description = "What it is for, to recognize it in lists.")
        String label;

        @Override
        void run(Office office, Caller machine) throws IOException {
            IssuedToken issued = office.tokens().create(machine, name, label, TokenScope.parse(scope), Duration.ofDays(days));
            System.err.printf("users token add: token %s for %s, %s until %s; its secret, shown this once:%n", issued.token().id(),
                    issued.token().account(), issued.token().scope().id(), issued.token().expiresAt());
            System.out.println(issued.secret());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the API tokens (never their secrets), with their last use.")
    static final class TokenList extends OfficeCommand {
        @Override
        void run(Office office, Caller machine) throws IOException {
            Instant now = Instant.now();
            System.out.printf("%-10s %-20s %-6s %-21s %-21s %-8s %s%n", "ID", "ACCOUNT", "SCOPE", "EXPIRES", "LAST USED", "STATE", "LABEL");
            List<ApiToken> tokens = office.tokens().list(machine);
            for (ApiToken t : tokens) {
                System.out.printf("%-10s %-20s %-6s %-21s %-21s %-8s %s%n", t.id(), t.account(), t.scope().id(), t.expiresAt(),
                        t.lastUsedAt() == null ? "never" : t.lastUsedAt(),
                        t.revokedAt() != null ? "revoked" : t.activeAt(now) ? "active" : "expired", t.label());
            }
            System.out.printf("users token list: %d tokens%n", tokens.size());
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an API token: it stops working at once.")
    static final class TokenRevoke extends OfficeCommand {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        void run(Office office, Caller machine) throws IOException {
            ApiToken revoked = office.tokens().revoke(machine, id);
            System.out.printf("users token revoke: token %s of %s is revoked%n", revoked.id(), revoked.account());
        }
    }

    private static String describe(Account account) {
        return account.role().id() + (account.provinces().isEmpty() ? " (every province)" : " of " + String.join(", ", account.provinces()));
    }
}
