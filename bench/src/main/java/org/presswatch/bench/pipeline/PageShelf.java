package org.presswatch.bench.pipeline;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.presswatch.pipeline.operators.FetchedPage;

/**
 * Pages fetched beforehand, shelved in this JVM under a name for a job on a local environment to
 * read. Flink ships its functions serialized: the function reading them ({@link ShelvedPages})
 * carries the name and looks the pages up when it opens, instead of the job graph carrying
 * hundreds of megabytes of pages. The shelf notes when the first and the last page were taken,
 * which is when the job's timing starts and its input ends.
 */
final class PageShelf {
    private static final Map<String, PageShelf> SHELVES = new ConcurrentHashMap<>();

    private final List<FetchedPage> pages;
    private final AtomicInteger taken = new AtomicInteger();
    private final AtomicLong firstTaken = new AtomicLong();
    private final AtomicLong lastTaken = new AtomicLong();

    private PageShelf(List<FetchedPage> pages) {
        this.pages = List.copyOf(pages);
    }

    /** Shelves the pages; {@link #remove} them when the job is done. */
    static String put(List<FetchedPage> pages) {
        String name = UUID.randomUUID().toString();
        SHELVES.put(name, new PageShelf(pages));
        return name;
    }

    static PageShelf get(String name) {
        PageShelf shelf = SHELVES.get(name);
        if (shelf == null) {
            throw new IllegalStateException("no pages shelved as " + name + ": the job must run in the JVM that shelved them");
        }
        return shelf;
    }

    static void remove(String name) {
        SHELVES.remove(name);
    }

    int size() {
        return pages.size();
    }

    /** The i-th page, noting the time of the first and of the last one taken. */
    FetchedPage take(int i) {
        int count = taken.incrementAndGet();
        if (count == 1) {
            firstTaken.set(System.nanoTime());
        }
        if (count == pages.size()) {
            lastTaken.set(System.nanoTime());
        }
        return pages.get(i);
    }

    /** {@link System#nanoTime} when the first page was taken, 0 before. */
    long firstTakenNanos() {
        return firstTaken.get();
    }

    /** {@link System#nanoTime} when the last page was taken, 0 before. */
    long lastTakenNanos() {
        return lastTaken.get();
    }
}
