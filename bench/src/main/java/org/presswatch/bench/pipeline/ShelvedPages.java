package org.presswatch.bench.pipeline;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.presswatch.pipeline.operators.FetchedPage;

/**
 * Turns the numbers of a bounded sequence source into the shelved pages of those numbers, so
 * that a job reads pages fetched beforehand as from a parallel source. Chained to the source,
 * it hands the pages on without serializing them.
 */
final class ShelvedPages extends RichMapFunction<Long, FetchedPage> {
    private final String shelfName;
    private transient PageShelf shelf;

    ShelvedPages(String shelfName) {
        this.shelfName = shelfName;
    }

    @Override
    public void open(OpenContext context) {
        shelf = PageShelf.get(shelfName);
    }

    @Override
    public FetchedPage map(Long number) {
        return shelf.take(Math.toIntExact(number));
    }
}
