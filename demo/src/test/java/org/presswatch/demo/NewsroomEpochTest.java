package org.presswatch.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class NewsroomEpochTest {
    private static final Instant FIRST = Instant.parse("2025-11-20T03:00:00Z");
    private static final Instant LATER = Instant.parse("2025-11-27T09:30:00Z");

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("demo-newsroom-epoch");
    }

    @Test
    void firstCallStoresAndReturnsNow() throws IOException {
        assertFalse(Files.exists(file()), "precondition: no epoch file yet");
        assertEquals(FIRST, NewsroomEpoch.loadOrCreate(file(), FIRST), "the first call should return now");
        assertTrue(Files.isRegularFile(file()), "the first call should store the epoch in " + file());
        assertEquals(FIRST, Instant.parse(Files.readString(file()).strip()), "the stored epoch should be now");
    }

    @Test
    void laterCallsReturnTheStoredEpochAndLeaveTheFileAlone() throws IOException {
        NewsroomEpoch.loadOrCreate(file(), FIRST);
        String stored = Files.readString(file());
        assertEquals(FIRST, NewsroomEpoch.loadOrCreate(file(), LATER), "a restart should keep the first epoch, not take the new now");
        assertEquals(FIRST, NewsroomEpoch.loadOrCreate(file(), LATER.plusSeconds(1)), "and keep it on every restart");
        assertEquals(stored, Files.readString(file()), "reading the epoch must not rewrite the file");
    }

    @Test
    void subSecondPrecisionSurvivesTheRoundTrip() throws IOException {
        Instant precise = Instant.parse("2025-11-20T03:00:00.123456789Z");
        NewsroomEpoch.loadOrCreate(file(), precise);
        assertEquals(precise, NewsroomEpoch.loadOrCreate(file(), LATER), "the epoch should be read back exactly");
    }

    @Test
    void createsAMissingDataDirectory() throws IOException {
        Path nested = dir.resolve("a").resolve("b");
        assertEquals(FIRST, NewsroomEpoch.loadOrCreate(nested.resolve("demo-newsroom-epoch"), FIRST), "a missing data directory is a first run");
        assertTrue(Files.isRegularFile(nested.resolve("demo-newsroom-epoch")), "the data directory and the file should be created");
        assertEquals(FIRST, NewsroomEpoch.loadOrCreate(nested.resolve("demo-newsroom-epoch"), LATER), "and read on the next run");
    }

    @Test
    void toleratesWhiteSpaceAroundAStoredEpoch() throws IOException {
        Files.writeString(file(), "  \n" + FIRST + "\r\n\n");
        assertEquals(FIRST, NewsroomEpoch.loadOrCreate(file(), LATER), "white space around the instant is not corruption");
    }

    @ParameterizedTest(name = "content \"{0}\"")
    @ValueSource(strings = {"", "\n", "garbage", "2025-13-45T99:00:00Z", "1732071600", "2025-11-20", "2025-11-20T03:00:00Z trailing"})
    void aCorruptFileIsRewrittenWithNow(String content) throws IOException {
        Files.writeString(file(), content);
        assertEquals(LATER, NewsroomEpoch.loadOrCreate(file(), LATER), "an unreadable epoch should be replaced by now");
        assertEquals(LATER, Instant.parse(Files.readString(file()).strip()), "and the file rewritten with it");
        assertEquals(LATER, NewsroomEpoch.loadOrCreate(file(), LATER.plusSeconds(60)), "so that the next run keeps it");
    }

    @Test
    void aFileOfBinaryGarbageIsRewritten() throws IOException {
        Files.write(file(), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3});
        Instant epoch = assertDoesNotThrowIo(() -> NewsroomEpoch.loadOrCreate(file(), LATER));
        assertEquals(LATER, epoch, "a file that is not even UTF-8 should be replaced by now");
        assertEquals(LATER + "\n", Files.readString(file(), StandardCharsets.UTF_8), "and rewritten");
    }

    @Test
    void aDirectoryInTheWayIsAnIoErrorNotASilentNewEpoch() throws IOException {
        Files.createDirectory(file());
        assertThrows(IOException.class, () -> NewsroomEpoch.loadOrCreate(file(), LATER),
                "an epoch path that is a directory can be neither read nor written");
    }

    private interface IoCall<T> {
        T call() throws IOException;
    }

    private static <T> T assertDoesNotThrowIo(IoCall<T> call) {
        try {
            return call.call();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new AssertionError("loadOrCreate should treat an undecodable file as corrupt and rewrite it, but threw " + e, e);
        }
    }
}
