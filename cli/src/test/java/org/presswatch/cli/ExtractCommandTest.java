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

/** The {@code presswatch extract} contract: one line out per line in, in order, errors as fields. */
class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @TempDir
    Path dir;

    @Test
    void everyLineGetsItsAnswerInOrder() throws Exception {
        String page = "<html lang=\"vi\"><head><title>Ngư dân Lý Sơn - Báo Biển</title>"
                + "<meta property=\"article:published_time\" content=\"2026-11-25T14:30:00+07:00\">"
                + "<link rel=\"canonical\" href=\"https://baobien.example/ngu-dan-ly-son.html\"></head><body>"
                + "<nav><a href=\"/\">Trang chủ</a></nav><article><h1>Ngư dân Lý Sơn vươn khơi</h1>"
                + "<p>Sáng nay, hàng chục tàu cá của ngư dân đặc khu Lý Sơn đã rời cảng, vươn khơi bám biển dài ngày.</p>"
                + "<p>Theo Ban quản lý cảng cá, mùa này ngư dân chủ yếu đánh bắt mực và cá ngừ đại dương.</p></article></body></html>";
        Path input = dir.resolve("pages.jsonl");
        Files.write(input, List.of(
                JSON.writeValueAsString(JSON.createObjectNode().put("id", "a1").put("url", "https://baobien.example/x?utm_source=rss").put("html", page)),
                "{not json",
                "",
                JSON.writeValueAsString(JSON.createObjectNode().put("id", 7).put("url", "https://x.example/")),
                JSON.writeValueAsString(JSON.createObjectNode().put("id", "empty").put("html", ""))), StandardCharsets.UTF_8);

        assertEquals(0, PresswatchCli.execute("extract", input.toString()));
        List<String> lines = console.out().lines().toList();
        assertEquals(4, lines.size(), "one line per non-blank input line: " + lines);

        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals("a1", first.get("id").asText());
        assertEquals("Ngư dân Lý Sơn vươn khơi", first.get("title").asText());
        assertTrue(first.get("text").asText().startsWith("Sáng nay, hàng chục tàu cá"), first.get("text").asText());
        assertTrue(first.get("text").asText().contains("\n\nTheo Ban quản lý"), "paragraphs separated by a blank line");
        assertEquals("2026-11-25T07:30:00Z", first.get("published").asText());
        assertEquals("vi", first.get("lang").asText());
        assertEquals("https://baobien.example/ngu-dan-ly-son.html", first.get("canonical_url").asText());
        assertTrue(first.has("author"));

        JsonNode broken = JSON.readTree(lines.get(1));
        assertTrue(broken.get("id").isNull());
        assertTrue(broken.get("error").asText().startsWith("line 2 is not JSON"), broken.toString());

        JsonNode noHtml = JSON.readTree(lines.get(2));
        assertEquals(7, noHtml.get("id").asInt(), "the id is echoed as given");
        assertEquals("line 4 has no \"html\" string", noHtml.get("error").asText());

        JsonNode empty = JSON.readTree(lines.get(3));
        assertEquals("", empty.get("text").asText(), "an empty page is not an error, just empty");
        assertTrue(empty.get("published").isNull() && empty.get("canonical_url").isNull(), empty.toString());
    }
}
