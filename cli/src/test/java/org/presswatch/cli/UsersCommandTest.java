package org.presswatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.office.Office;
import org.presswatch.office.accounts.SignIns;

/** {@code presswatch users} and {@code presswatch audit}: the office's accounts from this machine's command line. */
class UsersCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "mật khẩu của quản trị";

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @TempDir
    Path dir;

    private String data() {
        return dir.resolve("data").toString();
    }

    private int run(String... args) {
        console.reset();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data();
        return PresswatchCli.execute(all);
    }

    @Test
    void accountsAreManagedFromTheCommandLineWhileTheDatabaseIsHeldAndAudited() throws Exception {
        Path password = Files.writeString(dir.resolve("pw.txt"), PASSWORD + "\nignored second line\n");
        PresswatchConfig config = new ConfigLoader().override("data.dir", data()).load();
        // a serving presswatch holds the office database all along
        try (Office serving = Office.open(config, Clock.systemUTC())) {
            assertEquals(0, run("users", "add", "--role", "admin", "quantri", "--password-file", password.toString()), console.err());
            assertTrue(console.out().contains("users add: quantri is admin (every province)"), console.out());
            assertEquals(0, run("users", "add", "--role", "officer", "--province", "Lạng Sơn,56", "langson", "--password-file",
                    password.toString()), console.err());
            assertTrue(console.out().contains("langson is officer of 20, 56"), console.out());

            assertEquals(PresswatchCli.FAILURE, run("users", "add", "--role", "officer", "x1", "--password-file", password.toString()));
            assertTrue(console.err().contains("an officer needs at least one province"), console.err());
            assertEquals(PresswatchCli.FAILURE, run("users", "add", "--role", "boss", "x2", "--password-file", password.toString()));
            assertTrue(console.err().contains("unknown role 'boss'"), console.err());
            assertEquals(PresswatchCli.FAILURE, run("users", "add", "--role", "admin", "QUANTRI", "--password-file", password.toString()));
            assertTrue(console.err().contains("exists already"), console.err());
            assertEquals(PresswatchCli.USAGE, run("users", "add", "--role", "admin", "x3"), "no terminal and no --password-file");
            assertTrue(console.err().contains("--password-file"), console.err());

            assertEquals(0, run("users", "roles", "langson", "--role", "reader", "--province", "20"), console.err());
            assertEquals(0, run("users", "disable", "langson"), console.err());
            assertEquals(0, run("users", "list"), console.err());
            List<String> lines = console.out().lines().toList();
            assertTrue(lines.get(1).matches("langson +reader +20 +disabled .*"), lines.toString());
            assertTrue(lines.get(2).matches("quantri +admin +\\(all\\) +enabled .*"), lines.toString());
            assertEquals(PresswatchCli.FAILURE, run("users", "disable", "quantri"), "the last admin");
            assertTrue(console.err().contains("last enabled admin"), console.err());
            assertEquals(0, run("users", "enable", "langson"), console.err());

            Path other = Files.writeString(dir.resolve("other.txt"), "một mật khẩu khác hẳn\n");
            assertEquals(0, run("users", "passwd", "langson", "--password-file", other.toString()), console.err());
            assertTrue(serving.signIns().signIn("langson", "một mật khẩu khác hẳn".toCharArray(), "127.0.0.1") instanceof SignIns.SignedIn,
                    "the serving process sees the new password at once");

            assertEquals(0, run("users", "token", "add", "langson", "--scope", "read", "--label", "báo Lạng Sơn"), console.err());
            String secret = console.out().strip();
            assertTrue(secret.startsWith("pwt_") && !console.err().contains(secret), "the secret alone on stdout: " + console.err());
            assertTrue(serving.tokens().authenticate(secret, "127.0.0.1").isPresent(), "the serving process takes the token");
            assertEquals(0, run("users", "token", "list"), console.err());
            assertFalse(console.out().contains(secret), "never listed");
            String id = console.out().lines().skip(1).findFirst().orElseThrow().split(" +")[0];
            assertTrue(console.out().contains("báo Lạng Sơn") && console.out().contains("active"), console.out());
            assertEquals(0, run("users", "token", "revoke", id), console.err());
            assertTrue(serving.tokens().authenticate(secret, "127.0.0.1").isEmpty(), "revoked");
            assertEquals(PresswatchCli.FAILURE, run("users", "token", "add", "langson", "--scope", "write"), "a reader's write token");
        }

        assertEquals(0, run("audit", "--json", "--actor", "@machine"), console.err());
        List<JsonNode> events = console.out().lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).toList();
        assertEquals(List.of("token_revoked", "token_created", "password_changed", "account_enabled", "account_disabled", "role_changed",
                "account_added", "account_added"), events.stream().map(e -> e.get("action").asText()).toList());
        assertEquals("langson", events.get(2).get("target").asText());
        assertEquals(0, run("audit", "--action", "sign_in"), console.err());
        assertTrue(console.out().contains("audit: 1 events"), console.out());
        assertEquals(PresswatchCli.USAGE, run("audit", "--action", "sign-inn"));
        assertTrue(console.err().contains("unknown audit action 'sign-inn'"), console.err());
    }
}
