package org.presswatch.core.util;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waits for work handed to a thread of its own, as the stores do that must not be touched by a
 * caller's thread that may be interrupted. The work's own exceptions come back as they were.
 */
public final class Await {
    private Await() {}

    /**
     * The work's result.
     *
     * @param what what is waited for, for messages ("the index in /data/index")
     * @throws InterruptedIOException when the caller is interrupted while waiting; the work
     *     still completes, and the caller's interrupt flag is set again
     */
    public static <T> T result(Future<T> done, String what) throws IOException {
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + what + " (the work completes)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            } else if (cause instanceof RuntimeException rt) {
                throw rt;
            } else if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(what + " failed", cause);
        }
    }
}
