package org.presswatch.ingest.fetch;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness toward each site: at most so many requests at once to one host, their starts at
 * least a delay apart, and a bound on requests at once in all. Blocking; thread-safe.
 */
final class HostScheduler {
    /** Work that holds a host slot while it runs. */
    interface Work<T> {
        T run() throws FetchException, InterruptedException;
    }

    private final int perHost;
    private final Semaphore global;
    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

    private static final class Host {
        final Semaphore slots;
        long nextStartNanos;

        Host(int perHost) {
            this.slots = new Semaphore(perHost, true);
        }
    }

    HostScheduler(int perHost, int maxConnections) {
        this.perHost = perHost;
        this.global = new Semaphore(maxConnections, true);
    }

    /** Runs the work once the host has a free slot and its delay since the last start has passed. */
    <T> T run(String host, Duration delay, Work<T> work) throws FetchException, InterruptedException {
        Host h = hosts.computeIfAbsent(host, k -> new Host(perHost));
        h.slots.acquire();
        try {
            long wait;
            synchronized (h) {
                long now = System.nanoTime();
                long start = Math.max(now, h.nextStartNanos);
                h.nextStartNanos = start + delay.toNanos();
                wait = start - now;
            }
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            global.acquire();
            try {
                return work.run();
            } finally {
                global.release();
            }
        } finally {
            h.slots.release();
        }
    }
}
