package org.presswatch.core.util;

import java.util.concurrent.ThreadFactory;

/**
 * Threads that never keep the JVM alive: every background thread of presswatch is one, so that a
 * stop, or a command that returns, is never held up by a pool someone forgot to shut down. Their
 * owners still shut them down when they close.
 */
public final class DaemonThreads {
    private DaemonThreads() {}

    /** A factory of daemon threads, each named {@code name} (a pool's threads share it). */
    public static ThreadFactory named(String name) {
        Validate.notBlank(name, "name");
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
