package org.presswatch.api.runtime;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.presswatch.core.config.DataLayout;

/**
 * The secret with which the commands run on this machine reach the running server's API as the
 * machine itself ({@code presswatch reindex} asks the server to start a re-analysis): a new
 * random one on each start, in a file of the data folder that only its owner may read. Whoever
 * can read it can read the office database in the same folder anyway.
 */
public final class MachineCredential {
    private static final SecureRandom RANDOM = new SecureRandom();

    private MachineCredential() {}

    /** Writes a new secret for this start, replacing the last one; returns it. */
    public static String renew(DataLayout layout) throws IOException {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path file = layout.machineCredential();
        Path fresh = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(fresh);
        try {
            Files.createFile(fresh, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions guard it
            Files.createFile(fresh);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot write " + fresh + ": another presswatch is writing it", e);
        }
        Files.writeString(fresh, secret, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return secret;
    }

    /** The running server's secret, or empty when none has been written or it cannot be read. */
    public static Optional<String> read(DataLayout layout) throws IOException {
        try {
            return Optional.of(Files.readString(layout.machineCredential()).strip());
        } catch (NoSuchFileException | AccessDeniedException e) {
            return Optional.empty();
        }
    }
}
