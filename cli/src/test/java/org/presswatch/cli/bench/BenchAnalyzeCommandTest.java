package org.presswatch.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.cli.CapturedConsole;
import org.presswatch.cli.PresswatchCli;

/** {@code presswatch bench analyze} on a small sample: what it prints, and its errors. No timing is asserted. */
class BenchAnalyzeCommandTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @TempDir
    Path dir;

    @Test
    void printsBothSpeedsAndTheirRatio() throws Exception {
        Path sample = Files.writeString(dir.resolve("vntc.jsonl"), """
                {"id": "1", "topic": "The thao", "text": "Đội tuyển thắng đậm\\nTrận đấu diễn ra trên sân Mỹ Đình trước 40.000 khán giả."}
                {"id": "2", "topic": "Vi tinh", "text": "Ra mắt điện thoại mới\\nHãng công bố mẫu điện thoại với pin dung lượng lớn."}
                """);
        assertEquals(0, PresswatchCli.execute("bench", "analyze", "--data", dir.resolve("data").toString(), "--corpus", sample.toString(),
                "--rounds", "1"), console.err());
        String out = console.out();
        assertTrue(out.contains("bench analyze: 2 articles of " + sample), out);
        assertTrue(out.matches("(?s).*analysis +\\d+ articles/s on one core.*"), out);
        assertTrue(out.matches("(?s).*ICU +\\d+ articles/s tokenized by a bare Lucene ICUTokenizer.*"), out);
        assertTrue(out.matches("(?s).*ratio +analysis runs at \\d+\\.\\d\\d of the speed of bare ICU tokenization.*"), out);
    }

    @Test
    void aMissingSampleOrNoRoundIsAClearError() {
        Path absent = dir.resolve("absent.jsonl");
        assertEquals(PresswatchCli.FAILURE, PresswatchCli.execute("bench", "analyze", "--corpus", absent.toString()));
        assertTrue(console.err().contains("no VNTC sample at " + absent), console.err());
        console.reset();
        assertEquals(PresswatchCli.USAGE, PresswatchCli.execute("bench", "analyze", "--rounds", "0"));
        assertTrue(console.err().contains("--rounds must be at least 1"), console.err());
    }
}
