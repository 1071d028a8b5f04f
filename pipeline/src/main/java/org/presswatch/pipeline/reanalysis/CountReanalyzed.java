package org.presswatch.pipeline.reanalysis;

import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.presswatch.core.model.AnalyzedArticle;

/** Counts the articles analysed again in a Flink accumulator, which the job's client reads while it runs. */
final class CountReanalyzed extends RichMapFunction<AnalyzedArticle, AnalyzedArticle> {
    static final String ACCUMULATOR = "reanalyzed";
    private final LongCounter counted = new LongCounter();

    @Override
    public void open(OpenContext context) {
        getRuntimeContext().addAccumulator(ACCUMULATOR, counted);
    }

    @Override
    public AnalyzedArticle map(AnalyzedArticle article) {
        counted.add(1);
        return article;
    }
}
