package org.presswatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of the command line. */
class PresswatchCliTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @TempDir
    Path dir;

    @Test
    void versionSucceeds() {
        assertEquals(0, PresswatchCli.execute("version"));
        assertTrue(console.out().startsWith("presswatch "), console.out());
        assertTrue(console.out().contains("flink") && console.out().contains("lucene"));
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"serve", "demo", "version", "analyze", "train", "eval", "library", "match", "reindex"}) {
            console.reset();
            assertEquals(0, PresswatchCli.execute(command, "--help"), command);
            assertTrue(console.out().contains("Usage: presswatch " + command), console.out());
        }
        console.reset();
        assertEquals(0, PresswatchCli.execute("--help"));
        assertTrue(console.out().contains("serve") && console.out().contains("demo"), console.out());
    }

    @Test
    void usageErrorsExitWithTwoAndOneLineOfReason() {
        assertEquals(2, PresswatchCli.execute());
        assertTrue(console.err().startsWith("presswatch: a command is required"), console.err());
        console.reset();
        assertEquals(2, PresswatchCli.execute("frobnicate"));
        assertTrue(console.err().startsWith("presswatch: Unmatched argument"), console.err());
        console.reset();
        assertEquals(2, PresswatchCli.execute("serve", "--port", "eighty"));
        assertTrue(console.err().startsWith("presswatch: Invalid value for option '--port'"), console.err());
    }

    @Test
    void configFileWithUnknownKeyFailsNamingKeyFileAndLine() throws IOException {
        Path config = dir.resolve("presswatch.yaml");
        Files.writeString(config, "api:\n  host: 127.0.0.1\n  prot: 9090\n");
        assertEquals(1, PresswatchCli.execute("serve", "--config", config.toString()));
        assertEquals("presswatch: configuration error: unknown key 'api.prot' in " + config + ", line 3 (did you mean 'api.port'?)",
                console.err().strip());
    }

    @Test
    void missingConfigFileAndMissingRegistryAreFailures() {
        Path missing = dir.resolve("absent.yaml");
        assertEquals(1, PresswatchCli.execute("demo", "--config", missing.toString()));
        assertEquals("presswatch: configuration error: configuration file " + missing + " does not exist or is not a file",
                console.err().strip());
        console.reset();
        assertEquals(1, PresswatchCli.execute("serve", "--data", dir.toString(), "--sources", dir.resolve("none.yaml").toString()));
        assertTrue(console.err().startsWith("presswatch: configuration error: sources registry "), console.err());
        assertEquals(1, console.err().strip().lines().count(), "one line of reason");
    }
}
