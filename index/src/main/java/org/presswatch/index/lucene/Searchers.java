package org.presswatch.index.lucene;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;

/**
 * A searcher borrowed from a {@link ReferenceManager} for the length of one piece of work and
 * always given back, so that a reader is never held open (and its files never kept on disk) by a
 * search that failed.
 */
public final class Searchers {
    /** Work done with the newest searcher. */
    public interface Work<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private Searchers() {}

    /** Runs the work with a searcher acquired from the manager, released afterwards whatever happens. */
    public static <T> T with(ReferenceManager<IndexSearcher> searchers, Work<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.run(searcher);
        } finally {
            searchers.release(searcher);
        }
    }
}
