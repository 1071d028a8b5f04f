package org.presswatch.bench.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.presswatch.core.util.Await;

/** Runs one piece of work on each of a few threads of its own and waits for them all. */
final class Threads {
    private Threads() {}

    interface Work {
        /** @param thread 0 to threads - 1 */
        void run(int thread) throws Exception;
    }

    static void run(int threads, String what, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "bench-" + what));
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                running.add(pool.submit(() -> {
                    work.run(thread);
                    return null;
                }));
            }
            for (Future<Void> f : running) {
                Await.result(f, what);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The items of thread {@code thread} of {@code threads}: a contiguous share, as a parallel source splits its input. */
    static <T> List<T> share(List<T> items, int thread, int threads) {
        return items.subList((int) ((long) items.size() * thread / threads), (int) ((long) items.size() * (thread + 1) / threads));
    }
}
