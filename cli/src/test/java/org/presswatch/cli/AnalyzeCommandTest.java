package org.presswatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The {@code presswatch analyze} contract. */
class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @TempDir
    Path dir;

    @Test
    void oneLineOutPerLineInWithTheContractFields() throws Exception {
        Path input = dir.resolve("articles.jsonl");
        Files.write(input, List.of(
                JSON.writeValueAsString(JSON.createObjectNode().put("id", "a").put("title", "Tàu hải cảnh phun vòi rồng tàu cá Lý Sơn gần Hoàng Sa")
                        .put("text", "Bộ Ngoại giao lên án hành động vi phạm chủ quyền Việt Nam tại quần đảo Hoàng Sa.")),
                JSON.writeValueAsString(JSON.createObjectNode().put("id", "b").put("title", "Đội tuyển thắng 2-0 trên sân nhà").put("text", "Trận đấu hấp dẫn.")
                        .put("lang", "vi")),
                "[not an object",
                JSON.writeValueAsString(JSON.createObjectNode().put("id", "c"))), StandardCharsets.UTF_8);
        assertEquals(0, PresswatchCli.execute("analyze", "--data", dir.resolve("data").toString(), input.toString()));
        List<String> lines = console.out().lines().toList();
        assertEquals(4, lines.size());

        JsonNode a = JSON.readTree(lines.get(0));
        assertEquals(List.of("id", "lang", "provinces", "topics", "tone", "fingerprint", "risk"), fieldNames(a));
        assertEquals("vi", a.get("lang").asText());
        List<String> codes = new java.util.ArrayList<>();
        a.get("provinces").forEach(p -> codes.add(p.get("code").asText() + " " + p.get("name").asText()));
        assertTrue(codes.contains("48 Đà Nẵng") && codes.contains("51 Quảng Ngãi"), "Hoàng Sa and Lý Sơn resolve: " + codes);
        JsonNode topic = a.get("topics").get(0);
        assertEquals("sovereignty", topic.get("id").asText());
        assertTrue(topic.get("score").asDouble() >= 0.5 && topic.get("evidence").size() > 0, "a listed topic carries its evidence");
        assertTrue(a.get("tone").asDouble() < 0, "hostile tone");
        assertTrue(a.get("fingerprint").asText().matches("[0-9a-f]{16}"));
        assertTrue(a.get("risk").asDouble() > 0);

        JsonNode b = JSON.readTree(lines.get(1));
        assertEquals(0, b.get("topics").size(), "sport is not listed under any topic");
        assertEquals(0.0, b.get("risk").asDouble());
        assertTrue(JSON.readTree(lines.get(2)).get("error").asText().startsWith("line 3 is not JSON"));
        assertEquals("line 4 has neither a \"title\" nor a \"text\"", JSON.readTree(lines.get(3)).get("error").asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
