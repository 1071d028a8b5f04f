package org.presswatch.bench.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.functions.DefaultOpenContext;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.pipeline.operators.ContentKeys;
import org.presswatch.pipeline.operators.ExtractArticle;
import org.presswatch.pipeline.operators.FetchedPage;

/**
 * One loop thread's instances of the job's stages, called directly: extraction, deduplication by
 * content key, analysis with claim matching, the index upsert and the alert rules, each stage timed. Built (the
 * analysis models loaded) before the timing starts.
 */
final class LoopStages {
    private final ExtractArticle extract = new ExtractArticle();
    private final AnalysisStages analysis;
    private final Set<String> seen;
    private final ArticleIndex index;
    private final MemoryAlerts alerts;
    private final StageClock clock;

    /** @param seen the content keys indexed so far, shared by the threads as the job's keyed state is */
    LoopStages(PipelineBenchmark.Settings settings, Set<String> seen, ArticleIndex index, MemoryAlerts alerts, StageClock clock)
            throws IOException {
        this.analysis = new AnalysisStages(settings);
        extract.open(DefaultOpenContext.INSTANCE);
        this.seen = seen;
        this.index = index;
        this.alerts = alerts;
        this.clock = clock;
    }

    void process(FetchedPage page) throws IOException {
        long t0 = System.nanoTime();
        List<Article> extracted = new ArrayList<>(1);
        extract.flatMap(page, new ListCollector<>(extracted));
        long t1 = System.nanoTime();
        clock.add(StageClock.Stage.EXTRACT, t1 - t0);
        for (Article article : extracted) {
            boolean first = seen.add(ContentKeys.of(article));
            long t2 = System.nanoTime();
            clock.add(StageClock.Stage.DEDUP, t2 - t1);
            if (!first) {
                continue;
            }
            AnalyzedArticle analyzed = analysis.apply(article);
            long t3 = System.nanoTime();
            clock.add(StageClock.Stage.ANALYZE, t3 - t2);
            index.upsert(analyzed);
            long t4 = System.nanoTime();
            clock.add(StageClock.Stage.INDEX, t4 - t3);
            alerts.observe(analyzed);
            t1 = System.nanoTime();
            clock.add(StageClock.Stage.ALERTS, t1 - t4);
        }
    }
}
