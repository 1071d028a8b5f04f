package org.presswatch.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.cli.CapturedConsole;
import org.presswatch.cli.PresswatchCli;

/**
 * {@code presswatch bench pipeline} on 300 pages: the job, the plain loops and bare Lucene each
 * index all of them, and the report gives the ratios. No timing is asserted.
 */
class BenchPipelineCommandTest {
    private static final int PAGES = 300;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @TempDir
    Path dir;

    @Test
    void everySideIndexesEveryPageAndTheReportGivesTheRatios() throws Exception {
        // a checkpoint every second, so that the job does not wait ten for its last one
        Path config = Files.writeString(dir.resolve("presswatch.yaml"), "pipeline:\n  checkpoint-interval: 1s\n");
        Path work = dir.resolve("work");
        assertEquals(0, PresswatchCli.execute("bench", "pipeline", "--config", config.toString(), "--data", dir.resolve("data").toString(),
                "--articles", String.valueOf(PAGES), "--warmup", "0", "--dir", work.toString()), console.err());
        String out = console.out();
        assertTrue(out.contains("pages    300, of which 300 distinct by content"), out);
        for (String side : new String[] {"job \\(Flink\\) +2", "plain loop, 1 thread +1", "plain loop, 2 threads +2", "bare Lucene, same index +2",
                "bare Lucene, title\\+text +2"}) {
            Matcher row = Pattern.compile("(?m)^" + side + " +[\\d,]+\\.\\d +\\d+\\.\\d\\d +([\\d,]+) +\\d+\\.\\d ").matcher(out);
            assertTrue(row.find(), side + " in\n" + out);
            assertEquals(String.valueOf(PAGES), row.group(1), side + " holds every page's article:\n" + out);
        }
        assertTrue(out.matches("(?s).*ratio +job / plain loop, 1 thread +\\d+\\.\\d\\d \\(target >= 0\\.70: (met|missed)\\).*"), out);
        assertTrue(out.matches("(?s).*ratio +job / plain loop, 2 threads +\\d+\\.\\d\\d \\(the loop at the job's parallelism\\).*"), out);
        assertTrue(out.matches("(?s).*ratio +job / bare Lucene, same index +\\d+\\.\\d\\d \\(target >= 0\\.50: (met|missed)\\).*"), out);
        assertTrue(out.matches("(?s).*stages +plain loop, 1 thread, ms per article: extract .*analyze .*index .*alerts .*"), out);
        assertFalse(Files.exists(work.resolve("presswatch-bench-pipeline")), "the indexes are deleted afterwards");
    }

    @Test
    void noPagesIsAClearError() {
        assertEquals(PresswatchCli.FAILURE, PresswatchCli.execute("bench", "pipeline", "--articles", "0"));
        assertTrue(console.err().contains("--articles must be at least 1"), console.err());
    }
}
