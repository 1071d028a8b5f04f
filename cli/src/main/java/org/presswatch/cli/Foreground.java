package org.presswatch.cli;

import java.util.concurrent.CountDownLatch;

/**
 * Keeps a long-running command in the foreground until the process is asked to stop (Ctrl-C,
 * SIGTERM), then closes what it started, in order, before the JVM exits.
 */
final class Foreground {
    private Foreground() {}

    static void runUntilStopped(AutoCloseable... services) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            System.err.println("presswatch: stopping...");
            for (AutoCloseable service : services) {
                try {
                    service.close();
                } catch (Exception e) {
                    System.err.println("presswatch: error while stopping: " + e.getMessage());
                }
            }
            stopped.countDown();
        }, "presswatch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
    }
}
