package org.presswatch.bench.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.api.runtime.DemoRuntime;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.AlertFigures;

/**
 * The demo with its surge, run briefly: every item it publishes becomes searchable, and the surge
 * raises exactly one spike alert, on Lạng Sơn and the border, citing the surge's articles. (How
 * fast is for {@code presswatch bench freshness} to measure, not for a test to assert.)
 */
class FreshnessBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void everyItemIsFoundAndTheSurgeRaisesOneSpike() throws Exception {
        Path file = dir.resolve("presswatch.yaml");
        Files.writeString(file, """
                data:
                  dir: %s
                api:
                  port: 0
                pipeline:
                  checkpoint-interval: 2s
                demo:
                  release-interval: 2s
                  spike-after: 10s
                  spike-interval: 2s
                  poll-interval: 1s
                """.formatted(dir.resolve("data")));
        PresswatchConfig config = DemoRuntime.withDemoDefaults(new ConfigLoader().file(file)).load();
        FreshnessBenchmark.Report report = FreshnessBenchmark.run(config, 8, new PrintStream(OutputStream.nullOutputStream()));

        assertEquals(8, report.searchable().size());
        assertTrue(report.searchable().stream().allMatch(Objects::nonNull), "every item found: " + report.searchable());
        assertEquals(1, report.spikeAlerts().size(), "one surge, one spike: " + report.spikeAlerts());
        Alert spike = report.spikeAlerts().get(0);
        assertTrue(((AlertFigures.Spike) spike.figures()).count() >= 5, spike.toString());
        assertTrue(spike.articleIds().size() >= 5, "cites the surge's articles: " + spike);
    }
}
