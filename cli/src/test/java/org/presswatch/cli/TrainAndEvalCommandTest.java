package org.presswatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code presswatch train} and {@code eval}: an office's corrections retrain the model that {@code analyze} and {@code eval} then use. */
class TrainAndEvalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    /** Twelve labelled corrections: an office teaching that coast-guard drills off its coast are not sovereignty news. */
    private Path corrections() throws Exception {
        Path folder = Files.createDirectories(data().resolve("training"));
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            lines.add(JSON.writeValueAsString(JSON.createObjectNode().put("id", "office-" + i).put("lang", "vi")
                    .put("title", "Cảnh sát biển diễn tập cứu nạn số " + i + " tại vùng biển Hoàng Sa")
                    .put("text", "Buổi diễn tập cứu nạn thường niên lần " + i + " có sự tham gia của ngư dân và lực lượng cứu hộ.")
                    .set("provinces", JSON.createArrayNode().add("48"))));
        }
        return Files.write(folder.resolve("corrections.jsonl"), lines, StandardCharsets.UTF_8);
    }

    private double sovereigntyModelConfidence() throws Exception {
        Path input = Files.writeString(dir.resolve("in.jsonl"), JSON.writeValueAsString(JSON.createObjectNode().put("id", "a")
                .put("title", "Cảnh sát biển diễn tập cứu nạn tại vùng biển Hoàng Sa")
                .put("text", "Tàu hải cảnh nước ngoài xua đuổi tàu cá của ngư dân tại quần đảo Hoàng Sa, vi phạm chủ quyền Việt Nam.")) + "\n");
        console.reset();
        assertEquals(0, PresswatchCli.execute("analyze", "--data", data().toString(), input.toString()), console.err());
        for (JsonNode topic : JSON.readTree(console.out().lines().findFirst().orElseThrow()).get("topics")) {
            for (JsonNode evidence : topic.get("evidence")) {
                if (evidence.get("rule").asText().equals("sovereignty/model")) {
                    return evidence.get("confidence").asDouble();
                }
            }
        }
        throw new AssertionError("no sovereignty model evidence in " + console.out());
    }

    @Test
    void theOfficesCorrectionsRetrainTheModelThatAnalyzeAndEvalUse() throws Exception {
        double builtIn = sovereigntyModelConfidence();
        Path corrections = corrections();
        console.reset();
        assertEquals(0, PresswatchCli.execute("train", "--data", data().toString(), "--folds", "0"), console.err());
        String out = console.out();
        assertTrue(out.contains("12 articles from " + corrections), out);
        assertTrue(out.contains("sovereignty   trained on"), out);
        Path model = data().resolve("models/topics.bin");
        assertTrue(out.contains("saved " + model) && Files.isRegularFile(model), out);

        double office = sovereigntyModelConfidence();
        assertNotEquals(builtIn, office, "analyze must use the office's model");
        assertTrue(office < builtIn, "the corrections teach that drills are not sovereignty news: " + builtIn + " -> " + office);

        console.reset();
        assertEquals(0, PresswatchCli.execute("eval", "--data", data().toString(), "--vntc", dir.resolve("absent.jsonl").toString()), console.err());
        out = console.out();
        assertTrue(out.contains("analyzed with the office's topic model and the built-in gazetteer"), out);
        assertTrue(out.contains("macro-F1 over the four mission topics") && out.contains("province accuracy"), out);
        assertTrue(out.contains("the false-positive check is skipped"), out);
    }

    @Test
    void trainingShowsItsCrossValidationFoldByFold() throws Exception {
        assertEquals(0, PresswatchCli.execute("train", "--data", data().toString(), "--folds", "2"), console.err());
        String out = console.out();
        assertTrue(out.contains("2-fold cross-validation") && out.contains("fold 1/2") && out.contains("fold 2/2"), out);
        assertTrue(out.indexOf("macro-F1") > out.indexOf("fold 2/2") && out.indexOf("macro-F1") < out.indexOf("training on all"), out);
    }

    @Test
    void badTrainingInputIsAClearError() throws Exception {
        assertEquals(PresswatchCli.USAGE, PresswatchCli.execute("train", "--data", data().toString(), "--folds", "1"));
        assertTrue(console.err().contains("--folds must be 0"), console.err());

        console.reset();
        assertEquals(PresswatchCli.USAGE, PresswatchCli.execute("train", "--data", data().toString(), "--examples", "missing.jsonl"));
        assertTrue(console.err().contains("--examples missing.jsonl: no such file"), console.err());

        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"x1\",\"title\":\"t\",\"text\":\"x\"}\n{\"id\":\"x2\",\"title\":\"t\",\"text\":\"x\",\"topics\":[\"weather\"]}\n");
        console.reset();
        assertEquals(PresswatchCli.FAILURE, PresswatchCli.execute("train", "--data", data().toString(), "--examples", bad.toString()));
        assertTrue(console.err().contains(bad + " line 2") && console.err().contains("weather"), console.err());

        Path clash = Files.writeString(dir.resolve("clash.jsonl"), "{\"id\":\"tv-0001\",\"title\":\"t\",\"text\":\"x\"}\n");
        console.reset();
        assertEquals(PresswatchCli.FAILURE, PresswatchCli.execute("train", "--data", data().toString(), "--examples", clash.toString()));
        assertTrue(console.err().contains("tv-0001 occurs twice"), console.err());
        assertTrue(Files.notExists(data().resolve("models/topics.bin")), "nothing is saved after an error");
    }

    @Test
    void evalReadsAnotherLabelledSetAndListsItsMisses() throws Exception {
        Path set = Files.writeString(dir.resolve("set.jsonl"), String.join("\n",
                JSON.writeValueAsString(JSON.createObjectNode().put("id", "s1").put("lang", "vi").put("title", "Ngư dân Lý Sơn bị xua đuổi ở Hoàng Sa")
                        .put("text", "Tàu hải cảnh nước ngoài xua đuổi tàu cá Lý Sơn tại quần đảo Hoàng Sa, vi phạm chủ quyền Việt Nam.")
                        .<com.fasterxml.jackson.databind.node.ObjectNode>set("provinces", JSON.createArrayNode().add("51").add("48"))
                        .set("topics", JSON.createArrayNode().add("sovereignty"))),
                JSON.writeValueAsString(JSON.createObjectNode().put("id", "s2").put("lang", "vi").put("title", "Giá vàng hôm nay")
                        .put("text", "Giá vàng miếng tăng nhẹ.").set("topics", JSON.createArrayNode().add("religion")))) + "\n");
        assertEquals(0, PresswatchCli.execute("eval", "--data", data().toString(), "--set", set.toString(), "--misses",
                "--vntc", dir.resolve("absent.jsonl").toString()), console.err());
        String out = console.out();
        assertTrue(out.contains("eval: 2 articles of " + set + ", analyzed with the built-in topic model and the built-in gazetteer"), out);
        assertTrue(out.contains("province accuracy: 1.000 (2 of 2"), out);
        assertTrue(out.contains("miss s2") && out.contains("expected [religion], listed []"), out);
        assertTrue(!out.contains("miss s1"), out);
    }
}
