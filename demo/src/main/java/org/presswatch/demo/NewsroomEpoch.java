package org.presswatch.demo;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The newsroom's epoch, kept in a file of the data folder so that a restarted demo publishes what
 * it had published and carries on, instead of starting its release schedule over.
 */
public final class NewsroomEpoch {
    private NewsroomEpoch() {}

    /** The epoch stored in the file, or now (stored for next time) on the first run or when the file is unreadable. */
    public static Instant loadOrCreate(Path file, Instant now) throws IOException {
        if (Files.isRegularFile(file)) {
            try {
                return Instant.parse(Files.readString(file).strip());
            } catch (DateTimeParseException | CharacterCodingException corrupt) {
                // rewritten below
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, now.toString() + "\n");
        return now;
    }
}
