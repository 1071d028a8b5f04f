package org.presswatch.demo;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The newsroom's epoch, kept in the data directory so that a restarted demo publishes what it
 * had published and carries on, instead of starting its release schedule over.
 */
public final class NewsroomEpoch {
    static final String FILE = "demo-newsroom-epoch";

    private NewsroomEpoch() {}

    /** The stored epoch, or now (stored for next time) on the first run or when the file is unreadable. */
    public static Instant loadOrCreate(Path dataDir, Instant now) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try {
                return Instant.parse(Files.readString(file).strip());
            } catch (DateTimeParseException | CharacterCodingException corrupt) {
                // rewritten below
            }
        }
        Files.createDirectories(dataDir);
        Files.writeString(file, now.toString() + "\n");
        return now;
    }
}
