package org.presswatch.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of the command line. */
class PresswatchCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @TempDir
    Path dir;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void versionSucceeds() {
        assertEquals(0, PresswatchCli.execute("version"));
        assertTrue(stdout().startsWith("presswatch "), stdout());
        assertTrue(stdout().contains("flink") && stdout().contains("lucene"));
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"serve", "demo", "version"}) {
            out.reset();
            assertEquals(0, PresswatchCli.execute(command, "--help"), command);
            assertTrue(stdout().contains("Usage: presswatch " + command), stdout());
        }
        out.reset();
        assertEquals(0, PresswatchCli.execute("--help"));
        assertTrue(stdout().contains("serve") && stdout().contains("demo"), stdout());
    }

    @Test
    void usageErrorsExitWithTwoAndOneLineOfReason() {
        assertEquals(2, PresswatchCli.execute());
        assertTrue(stderr().startsWith("presswatch: a command is required"), stderr());
        err.reset();
        assertEquals(2, PresswatchCli.execute("frobnicate"));
        assertTrue(stderr().startsWith("presswatch: Unmatched argument"), stderr());
        err.reset();
        assertEquals(2, PresswatchCli.execute("serve", "--port", "eighty"));
        assertTrue(stderr().startsWith("presswatch: Invalid value for option '--port'"), stderr());
    }

    @Test
    void configFileWithUnknownKeyFailsNamingKeyFileAndLine() throws IOException {
        Path config = dir.resolve("presswatch.yaml");
        Files.writeString(config, "api:\n  host: 127.0.0.1\n  prot: 9090\n");
        assertEquals(1, PresswatchCli.execute("serve", "--config", config.toString()));
        assertEquals("presswatch: configuration error: unknown key 'api.prot' in " + config + ", line 3 (did you mean 'api.port'?)",
                stderr().strip());
    }

    @Test
    void missingConfigFileAndMissingRegistryAreFailures() {
        Path missing = dir.resolve("absent.yaml");
        assertEquals(1, PresswatchCli.execute("demo", "--config", missing.toString()));
        assertEquals("presswatch: configuration error: configuration file " + missing + " does not exist or is not a file",
                stderr().strip());
        err.reset();
        assertEquals(1, PresswatchCli.execute("serve", "--data", dir.toString(), "--sources", dir.resolve("none.yaml").toString()));
        assertTrue(stderr().startsWith("presswatch: configuration error: sources registry "), stderr());
        assertEquals(1, stderr().strip().lines().count(), "one line of reason");
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
