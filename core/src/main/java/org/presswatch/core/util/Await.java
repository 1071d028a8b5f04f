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
            throw unwrapped(e, what);
        }
    }

    /**
     * The work's result, waited for even when the caller is interrupted meanwhile (its interrupt
     * flag is set again afterwards): for the work that must be over before the caller goes on,
     * closing a store.
     */
    public static <T> T resultUninterruptibly(Future<T> done, String what) throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return done.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw unwrapped(e, what);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static IOException unwrapped(ExecutionException e, String what) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
            return io;
        } else if (cause instanceof RuntimeException rt) {
            throw rt;
        } else if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(what + " failed", cause);
    }
}
