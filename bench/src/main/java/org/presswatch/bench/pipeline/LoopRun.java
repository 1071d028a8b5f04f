package org.presswatch.bench.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.presswatch.core.config.DataLayout;
import org.presswatch.index.lucene.LuceneAlertStore;
import org.presswatch.index.lucene.LuceneArticleIndex;
import org.presswatch.pipeline.operators.FetchedPage;

/**
 * The job's stages in a plain Java loop, no Flink: each thread takes a contiguous share of the
 * pages (as the job's parallel source splits them) with stage instances of its own, sharing the
 * index, the alert store, the content keys seen and the alert rules' state. Timed from the first
 * page to the alerts recorded and the index committed and closed.
 */
final class LoopRun {
    record Outcome(Side side, StageTimes stages) {}

    private LoopRun() {}

    static Outcome run(List<FetchedPage> pages, int threads, Path work, PipelineBenchmark.Settings settings) throws Exception {
        Path indexFolder = DataLayout.under(work).articleIndex();
        Path alertFolder = DataLayout.under(work).alertStore();
        StageClock clock = new StageClock();
        long start;
        long commit;
        try (LuceneArticleIndex index = new LuceneArticleIndex(indexFolder, settings.refreshInterval());
             LuceneAlertStore store = new LuceneAlertStore(alertFolder)) {
            MemoryAlerts alerts = new MemoryAlerts(settings.alerts(), store);
            Set<String> seen = ConcurrentHashMap.newKeySet();
            List<LoopStages> stages = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                stages.add(new LoopStages(settings, seen, index, alerts, clock));
            }
            start = System.nanoTime();
            Threads.run(threads, "loop", thread -> {
                LoopStages mine = stages.get(thread);
                for (FetchedPage page : Threads.share(pages, thread, threads)) {
                    mine.process(page);
                }
            });
            commit = System.nanoTime();
            alerts.flush();
            index.commit();
        }
        // closing waits for the merges, as the job's sink does when its last task releases the index
        long end = System.nanoTime();
        clock.add(StageClock.Stage.INDEX, end - commit);
        long nanos = end - start;
        String name = "plain loop, " + threads + (threads == 1 ? " thread" : " threads");
        return new Outcome(IndexFolders.side(name, threads, nanos, indexFolder, alertFolder), clock.times());
    }
}
