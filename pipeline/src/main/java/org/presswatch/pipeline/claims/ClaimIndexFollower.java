package org.presswatch.pipeline.claims;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.apache.lucene.index.IndexNotFoundException;
import org.presswatch.core.library.ClaimMatcher;
import org.presswatch.index.claims.ClaimIndexMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's claim index as the job sees it: read from the folder that
 * {@code presswatch library import} writes, never written, and looked at again once every
 * refresh interval, so that entries imported while the job runs are matched from then on. Until
 * the library holds an entry there is no index, and {@link #current} answers null; an index that
 * cannot be read is reported and tried again at the next look. Not thread-safe: one per task.
 */
final class ClaimIndexFollower implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimIndexFollower.class);
    private final Path folder;
    private final long refreshNanos;
    private final LongSupplier nanoClock;
    private ClaimIndexMatcher index;
    private long nextLook;

    ClaimIndexFollower(Path folder, Duration refresh, LongSupplier nanoClock) {
        this.folder = folder;
        this.refreshNanos = refresh.toNanos();
        this.nanoClock = nanoClock;
        this.nextLook = nanoClock.getAsLong();
    }

    /** The claim index as of the last look, or null while there is none to read. */
    ClaimMatcher current() {
        long now = nanoClock.getAsLong();
        if (now - nextLook < 0) {
            return index;
        }
        nextLook = now + refreshNanos;
        try {
            if (index == null) {
                index = Files.isDirectory(folder) ? ClaimIndexMatcher.openForMatching(folder) : null;
                if (index != null) {
                    LOG.info("claim matching: reading the library's claim index in {} ({} entries with claims)", folder, index.entries());
                }
            } else if (index.refresh()) {
                LOG.info("claim matching: the library changed; {} entries with claims", index.entries());
            }
        } catch (IndexNotFoundException e) {
            LOG.debug("claim matching: no claim index in {} yet", folder);
        } catch (IOException | RuntimeException e) {
            LOG.warn("claim matching: the claim index in {} cannot be read now, trying again in {} s: {}", folder,
                    Duration.ofNanos(refreshNanos).toSeconds(), e.toString());
        }
        return index;
    }

    @Override
    public void close() throws IOException {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
