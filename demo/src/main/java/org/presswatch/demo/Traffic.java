package org.presswatch.demo;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts of what the newsroom served: whole feeds and pages, and 304 Not Modified answers to
 * conditional requests, so the demo (and its tests) can see how much a crawler re-downloads.
 * Thread-safe.
 */
public final class Traffic {
    /** What was asked for. */
    public enum Kind { FEED, PAGE, OTHER }

    private final AtomicLong[] downloads = {new AtomicLong(), new AtomicLong(), new AtomicLong()};
    private final AtomicLong[] notModified = {new AtomicLong(), new AtomicLong(), new AtomicLong()};

    void count(Kind kind, boolean unchanged) {
        (unchanged ? notModified : downloads)[kind.ordinal()].incrementAndGet();
    }

    /** Full 200 answers of that kind. */
    public long downloads(Kind kind) {
        return downloads[kind.ordinal()].get();
    }

    /** 304 answers of that kind. */
    public long notModified(Kind kind) {
        return notModified[kind.ordinal()].get();
    }
}
