package org.presswatch.core.util;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads of a store's own that do all its file I/O, so that no caller's thread ever does.
 * A store's files are ruined for good (Lucene's index writer) or its database closed (H2) when the
 * thread doing their I/O is interrupted, and callers do get interrupted: Flink interrupts its tasks
 * when it cancels a job, servers interrupt their threads when they stop. A caller interrupted while
 * it waits gets an {@link InterruptedIOException}, with its interrupt flag set again; its work
 * still completes.
 *
 * <p>One thread makes a single writer: calls run one at a time, in the order they came. Thread-safe.
 * {@link #close} runs the store's own closing after every call begun, and later calls throw
 * {@link IllegalStateException}.
 */
public final class IoThreads {
    /** Work done on the store's threads. */
    public interface Work<T> {
        T run() throws IOException;
    }

    /** Work with no result. */
    public interface Action {
        void run() throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(IoThreads.class);

    private final String what;
    private final ExecutorService threads;
    private boolean closed;

    private IoThreads(String what, String threadName, int count) {
        this.what = Validate.notBlank(what, "what");
        Validate.isTrue(count >= 1, "at least one thread, not %d", count);
        this.threads = Executors.newFixedThreadPool(count, DaemonThreads.named(threadName));
    }

    /**
     * @param what the store, for messages ({@code "the index in /data/index"})
     * @param threadName the name of its threads
     * @param count 1 for a single writer
     */
    public static IoThreads of(String what, String threadName, int count) {
        return new IoThreads(what, threadName, count);
    }

    /**
     * Runs the work on the store's threads and waits for its result; the work's own exceptions
     * come back as they were.
     *
     * @throws IllegalStateException when the store is closed
     */
    public <T> T call(Work<T> work) throws IOException {
        Future<T> done;
        try {
            done = threads.submit(work::run);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException(what + " is closed", e);
        }
        return Await.result(done, what);
    }

    /** {@link #call} for work without a result. */
    public void run(Action action) throws IOException {
        call(() -> {
            action.run();
            return null;
        });
    }

    /**
     * Takes no more work, waits for the work begun, then runs the store's closing on a thread of
     * its own, and returns when that is done, even when the calling thread is interrupted (its
     * flag is set again): a store is never left half closed. A second close does nothing.
     */
    public synchronized void close(Action closing) throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        threads.shutdown();
        ExecutorService closer = Executors.newSingleThreadExecutor(DaemonThreads.named("closing " + what));
        Future<Object> done = closer.submit(() -> {
            while (!threads.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("still waiting for the work on {} to finish before closing it", what);
            }
            closing.run();
            return null;
        });
        closer.shutdown();
        Await.resultUninterruptibly(done, what + " to close");
    }
}
