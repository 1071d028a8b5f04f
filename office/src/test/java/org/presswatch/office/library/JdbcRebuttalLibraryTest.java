package org.presswatch.office.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.presswatch.office.library.TestRebuttals.entry;
import static org.presswatch.office.library.TestRebuttals.withStatus;
import static org.presswatch.office.library.TestRebuttals.withTitle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.model.Rebuttal;

/** What the database adds to the contract: durability, and calls that survive their caller being interrupted. */
class JdbcRebuttalLibraryTest {
    @TempDir
    Path dir;

    @Test
    void everyVersionSurvivesCloseAndReopen() throws IOException {
        List<Rebuttal> hoangSa = new ArrayList<>();
        Rebuttal truongSa;
        try (JdbcRebuttalLibrary library = JdbcRebuttalLibrary.open(dir)) {
            Rebuttal first = entry("hoang-sa-1", "Hoàng Sa");
            hoangSa.add(library.save(first, "banbientap"));
            hoangSa.add(library.save(withTitle(first, "Hoàng Sa, sửa"), "phongbaochi"));
            hoangSa.add(library.save(withStatus(withTitle(first, "Hoàng Sa, sửa"), Rebuttal.Status.APPROVED), "truongphong"));
            truongSa = library.save(entry("truong-sa", ""), "banbientap");
        }

        try (JdbcRebuttalLibrary library = JdbcRebuttalLibrary.open(dir)) {
            assertEquals(hoangSa, library.history("hoang-sa-1"), "history after reopening");
            assertEquals(List.of(hoangSa.get(2), truongSa), library.all(), "all after reopening");
            Rebuttal next = library.save(withTitle(hoangSa.get(2), "Hoàng Sa, lần 4"), "banbientap");
            assertEquals(4, next.version(), "numbering goes on after reopening");
        }
    }

    @Test
    void interruptedCallersLeaveTheLibraryWorking() throws IOException {
        try (JdbcRebuttalLibrary library = JdbcRebuttalLibrary.open(dir)) {
            Rebuttal entry = entry("hoang-sa-1", "Hoàng Sa");
            int interrupted = 0;
            for (int i = 1; i <= 5; i++) {
                Thread.currentThread().interrupt();
                try {
                    library.save(withTitle(entry, "lần " + i), "banbientap");
                } catch (InterruptedIOException e) {
                    interrupted++;
                } finally {
                    Thread.interrupted();
                }
            }
            assertTrue(interrupted > 0, "some callers were interrupted before their save was done");
        }
        // closing waited for the saves begun; they ran on the database's threads, in any order
        try (JdbcRebuttalLibrary library = JdbcRebuttalLibrary.open(dir)) {
            assertEquals(Set.of("lần 1", "lần 2", "lần 3", "lần 4", "lần 5"),
                    library.history("hoang-sa-1").stream().map(Rebuttal::title).collect(Collectors.toSet()),
                    "every save completed, whether its caller waited or not");
            assertEquals(Optional.of(5), library.get("hoang-sa-1").map(Rebuttal::version), "the versions after reopening");
        }
    }

    @Test
    @Timeout(120)
    void anotherProcessSharesTheLibraryAndSavesSurviveItsBeingKilled() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SaveThenWait.class.getName(), dir.toString(), "3")
                .redirectErrorStream(true)
                .start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && !line.equals(SaveThenWait.SAVED); line = lines.readLine()) {
                output.add(line);
            }
            assertTrue(child.isAlive(), "the saving process is waiting with the library open; its output: " + output);

            try (JdbcRebuttalLibrary shared = JdbcRebuttalLibrary.open(dir)) {
                assertEquals(Optional.of(3), shared.get("hoang-sa-1").map(Rebuttal::version), "read while the other process holds it");
                shared.save(withTitle(entry("hoang-sa-1", "Hoàng Sa"), "lần 4"), "phongbaochi");
            }

            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the saving process ends when killed");
        } finally {
            child.destroyForcibly();
        }

        try (JdbcRebuttalLibrary library = JdbcRebuttalLibrary.open(dir)) {
            assertEquals(List.of("lần 1", "lần 2", "lần 3", "lần 4"), library.history("hoang-sa-1").stream().map(Rebuttal::title).toList(),
                    "every version saved, by either process, before the kill");
            assertEquals(Optional.of(4), library.get("hoang-sa-1").map(Rebuttal::version), "the current version");
        }
    }
}
