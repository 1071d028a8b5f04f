package org.presswatch.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.analysis.ArticleAnalyzer;

class OffMissionCheckTest {
    private static final double MAX_FALSE_POSITIVE_RATE = 0.02;

    @Test
    void sportsItAndHealthNewsIsRarelyGivenAMissionTopic() throws IOException {
        // the shared corpora are read in place, never copied into the repository
        String corpora = System.getProperty("presswatch.corpora");
        Path vntc = corpora == null ? null : Path.of(corpora, "vntc-sample.jsonl");
        assumeTrue(vntc != null && Files.isRegularFile(vntc), "false-positive rate not measured: vntc-sample.jsonl was not found "
                + "under the folder named by system property presswatch.corpora (" + corpora + ")");
        OffMissionCheck.Result r = OffMissionCheck.run(ArticleAnalyzer.withDefaults(), VntcSample.read(vntc));
        String report = String.format(Locale.ROOT, "%d of %d off-mission articles flagged (%.2f%%): %s", r.flagged().size(),
                r.offMissionArticles(), 100 * r.falsePositiveRate(), r.flagged());
        System.out.println(report);
        assertEquals(900, r.offMissionArticles(), "300 each of sports, IT and health");
        assertTrue(r.falsePositiveRate() <= MAX_FALSE_POSITIVE_RATE, report);
    }

    @Test
    void theSampleIsReadWithTitlesAndABadLineIsNamed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("s.jsonl"), """
                {"id": "1", "topic": "The thao", "text": "Đội tuyển thắng đậm\\nTrận đấu diễn ra trên sân Mỹ Đình."}

                {"id": "2", "topic": "Suc khoe", "text": "no title line"}
                """);
        List<VntcSample.Article> read = VntcSample.read(file);
        assertEquals(new VntcSample.Article("1", "The thao", "Đội tuyển thắng đậm", "Trận đấu diễn ra trên sân Mỹ Đình."), read.get(0));
        assertEquals(new VntcSample.Article("2", "Suc khoe", "", "no title line"), read.get(1));

        OffMissionCheck.Result r = OffMissionCheck.run(ArticleAnalyzer.withDefaults(), read);
        assertEquals(2, r.offMissionArticles());
        assertEquals(0.0, r.falsePositiveRate());
        assertEquals(new OffMissionCheck.Tally(1, 0), r.perCategory().get("The thao"));

        Files.writeString(file, "{\"id\": \"1\"}\n{oops\n");
        IOException e = assertThrows(IOException.class, () -> VntcSample.read(file));
        assertTrue(e.getMessage().startsWith(file + " line 2: not JSON"), e.getMessage());
    }
}
