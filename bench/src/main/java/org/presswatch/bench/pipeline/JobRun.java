package org.presswatch.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.runtime.jobgraph.JobVertex;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.presswatch.core.config.DataLayout;
import org.presswatch.pipeline.JobLaunch;
import org.presswatch.pipeline.PresswatchJob;
import org.presswatch.pipeline.operators.FetchedPage;
import org.presswatch.pipeline.serialization.JsonTypeInfo;
import org.presswatch.pipeline.sink.AlertSink;
import org.presswatch.pipeline.sink.ArticleIndexSink;
import org.presswatch.pipeline.sink.LuceneAlertStoreProvider;
import org.presswatch.pipeline.sink.LuceneIndexProvider;

/**
 * The job as production runs it from fetched pages on ({@link PresswatchJob#processPages}), on a
 * local environment at the configured parallelism with checkpoints every interval into a folder,
 * writing the real index and alert sinks; its source is a parallel bounded sequence turned into
 * the shelved pages. Timed from the first page taken to {@code execute} returning, when the index
 * is committed and the last checkpoint has recorded the alerts.
 */
final class JobRun {
    record Outcome(Side side, JobTimes times) {}

    private JobRun() {}

    static Outcome run(List<FetchedPage> pages, Path work, PipelineBenchmark.Settings settings) throws Exception {
        DataLayout layout = DataLayout.under(work);
        Path index = layout.articleIndex();
        Path alerts = layout.alertStore();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(settings.parallelism(), configuration(layout));
        env.enableCheckpointing(settings.checkpointInterval().toMillis());
        String shelfName = PageShelf.put(pages);
        try {
            DataStream<FetchedPage> fetched = env.fromSequence(0, pages.size() - 1L).uid("page-numbers").name("page-numbers")
                    .map(new ShelvedPages(shelfName), JsonTypeInfo.of(FetchedPage.class)).uid("pages").name("pages");
            PresswatchJob.processPages(fetched, new ArticleIndexSink(new LuceneIndexProvider(index, settings.refreshInterval())),
                    new AlertSink(new LuceneAlertStoreProvider(alerts)), settings.job());
            StreamGraph graph = env.getStreamGraph();
            List<String> tasks = tasks(graph);
            PageShelf shelf = PageShelf.get(shelfName);
            long submitted = System.nanoTime();
            env.execute(graph);
            long done = System.nanoTime();
            JobTimes times = new JobTimes(shelf.firstTakenNanos() - submitted, done - shelf.lastTakenNanos(), tasks);
            return new Outcome(IndexFolders.side("job (Flink)", settings.parallelism(), done - shelf.firstTakenNanos(), index, alerts), times);
        } finally {
            PageShelf.remove(shelfName);
        }
    }

    /** The configuration of the production job, with Flink's temporary files and the checkpoints in the work folder. */
    private static Configuration configuration(DataLayout layout) throws IOException {
        Files.createDirectories(layout.flinkTemporary());
        Configuration conf = JobLaunch.flinkConfiguration();
        conf.set(CoreOptions.TMP_DIRS, layout.flinkTemporary().toAbsolutePath().toString());
        conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, layout.checkpoints().toAbsolutePath().toUri().toString());
        return conf;
    }

    private static List<String> tasks(StreamGraph graph) {
        List<String> tasks = new ArrayList<>();
        for (JobVertex vertex : graph.getJobGraph().getVerticesSortedTopologicallyFromSources()) {
            tasks.add(vertex.getName());
        }
        return tasks;
    }
}
