package org.presswatch.bench.pipeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The result's check that the sides did the same work, and the report of it. No timing is asserted. */
class PipelineBenchmarkResultTest {
    private static final StageTimes STAGES = new StageTimes(1, 1, 1, 1, 1);
    private static final JobTimes JOB_TIMES = new JobTimes(1_000_000_000L, 2_000_000_000L, List.of("Source: page-numbers -> pages -> extract"));

    @Test
    void sidesHoldingEveryDistinctArticlePass() {
        PipelineBenchmark.Result r = result(100, 100);
        assertDoesNotThrow(r::requireSameArticles);
        List<String> lines = PipelineReport.lines(r);
        assertTrue(lines.stream().anyMatch(l -> l.matches("ratio +job / plain loop, 1 thread +2\\.00 \\(target >= 0\\.70: met\\)")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("ratio +job / bare Lucene, same index +0\\.50 \\(target >= 0\\.50: met\\)")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("ratio +job / bare Lucene, title\\+text +0\\.20 \\(a smaller index.*")), lines.toString());
    }

    @Test
    void aSideMissingArticlesFailsNamingWhatEachHolds() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> result(100, 97).requireSameArticles());
        assertEquals("the indexes do not all hold the 100 distinct articles: job (Flink) 97, plain loop, 1 thread 100, "
                + "plain loop, 2 threads 100, bare Lucene, same index 100, bare Lucene, title+text 100; the ratios compare different work", e.getMessage());
    }

    /** The job at 100 articles/s (when it holds them all), the loops at 50 and 100, bare Lucene at 200 and 500. */
    private static PipelineBenchmark.Result result(int distinct, long jobHolds) {
        Side job = new Side("job (Flink)", 2, 1_000_000_000L, jobHolds, 10, 3);
        List<Side> loops = List.of(new Side("plain loop, 1 thread", 1, 2_000_000_000L, distinct, 10, 3),
                new Side("plain loop, 2 threads", 2, 1_000_000_000L, distinct, 10, 3));
        Side bare = new Side("bare Lucene, same index", 2, 500_000_000L, distinct, 10, -1);
        Side titleAndText = new Side("bare Lucene, title+text", 2, 200_000_000L, distinct, 5, -1);
        return new PipelineBenchmark.Result(distinct, distinct, 0, job, loops, bare, titleAndText, JOB_TIMES, STAGES, Duration.ofSeconds(10));
    }
}
