package org.presswatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.index.claims.ClaimIndexMatcher;
import org.presswatch.pipeline.claims.MatchClaims;

/** The {@code presswatch library import}, {@code match} and {@code reindex} contracts. */
class LibraryCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @TempDir
    Path dir;

    private String data() {
        return dir.resolve("data").toString();
    }

    private Path entries() throws Exception {
        return Files.writeString(dir.resolve("entries.jsonl"), String.join("\n",
                "{\"id\": \"paracels\", \"claim\": \"Vietnam never exercised sovereignty over the Paracel Islands.\", "
                        + "\"title\": \"Paracels never Vietnamese?\", \"topics\": [\"sovereignty\"], "
                        + "\"facts\": [{\"text\": \"Nguyen dynasty records show yearly Hoang Sa missions.\", \"source\": \"Châu bản triều Nguyễn\", "
                        + "\"url\": \"https://archives.example/chau-ban\", \"date\": \"2014-04-21\"}]}",
                "{\"id\": \"paracels\", \"claim\": \"Việt Nam chưa bao giờ thực thi chủ quyền đối với quần đảo Hoàng Sa.\", \"lang\": \"vi\"}",
                "{\"id\": \"dams\", \"claim\": \"Dams built upstream on the Mekong cause the drought in the delta.\"}",
                "{\"id\": \"bad id!\", \"claim\": \"x\"}",
                "not json",
                "{\"id\": \"nofact\", \"claim\": \"A claim\", \"facts\": [{\"text\": \"a fact without a source\"}]}") + "\n");
    }

    private List<JsonNode> match(String... lines) throws Exception {
        Path input = Files.writeString(dir.resolve("texts.jsonl"), String.join("\n", lines) + "\n");
        console.reset();
        assertEquals(0, PresswatchCli.execute("match", "--data", data(), input.toString()), console.err());
        List<JsonNode> out = new ArrayList<>();
        for (String line : console.out().lines().toList()) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void importKeepsEveryLanguageOfAClaimAndReportsWhatItSkipped() throws Exception {
        Path file = entries();
        assertEquals(PresswatchCli.FAILURE, PresswatchCli.execute("library", "import", "--data", data(), file.toString()));
        assertTrue(console.out().contains("2 new entries, 0 changed, 0 unchanged; the library holds 2 entries"), console.out());
        String err = console.err();
        assertTrue(err.contains("skipped line 4: rebuttal id") && err.contains("skipped line 5:") && err.contains("skipped line 6: a fact needs"), err);

        console.reset();
        assertEquals(PresswatchCli.FAILURE, PresswatchCli.execute("library", "import", "--data", data(), file.toString()));
        assertTrue(console.out().contains("0 new entries, 0 changed, 2 unchanged"), "a second import adds no version: " + console.out());

        List<JsonNode> out = match(
                "{\"id\": \"t1\", \"text\": \"Reservoirs upstream are why the delta's rice fields are dry and salty\"}",
                "{\"id\": \"t2\", \"text\": \"Bài báo viết: Viet Nam chua bao gio thuc thi chu quyen doi voi quan dao Hoang Sa. Thời tiết đẹp.\"}",
                "{\"id\": \"t3\"}");
        assertEquals("dams", out.get(0).get("matches").get(0).get("entry").asText(), out.get(0).toString());
        JsonNode vi = out.get(1).get("matches").get(0);
        assertEquals("paracels", vi.get("entry").asText(), "the Vietnamese claim, matched without diacritics: " + out.get(1));
        assertEquals("Bài báo viết: Viet Nam chua bao gio thuc thi chu quyen doi voi quan dao Hoang Sa.", vi.get("sentence").asText());
        assertTrue(vi.get("score").asDouble() > 0 && vi.get("score").asDouble() <= 1);
        assertEquals(List.of("entry", "title", "score", "similarity", "sentence"), fieldNames(vi));
        assertEquals("line 3 has no \"text\"", out.get(2).get("error").asText());
    }

    @Test
    void reindexAfterLosingTheIndexGivesTheSameMatches() throws Exception {
        Files.writeString(dir.resolve("one.jsonl"),
                "{\"id\": \"dams\", \"claim\": \"Dams built upstream on the Mekong cause the drought in the delta.\", \"lang\": \"en\"}\n");
        assertEquals(0, PresswatchCli.execute("library", "import", "--data", data(), "--status", "approved", dir.resolve("one.jsonl").toString()));
        String text = "{\"id\": \"q\", \"text\": \"Upstream dams dry out the Mekong delta\", \"lang\": \"en\"}";
        List<JsonNode> before = match(text);
        try (Stream<Path> files = Files.walk(dir.resolve("data/library-index"))) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        console.reset();
        assertEquals(0, PresswatchCli.execute("reindex", "--data", data()), console.err());
        assertTrue(console.out().contains("the claim index holds 1 entries"), console.out());
        assertEquals(before, match(text));
    }

    @Test
    void anUnknownKeyIsAnErrorWithItsLineAndTheOtherLinesAreImported() throws Exception {
        Path file = Files.writeString(dir.resolve("keys.jsonl"), String.join("\n",
                "{\"id\": \"dams\", \"claim\": \"Dams built upstream on the Mekong cause the drought.\", \"lang\": \"en\"}",
                "{\"id\": \"typo\", \"claim\": \"A claim\", \"topic\": [\"religion\"]}",
                "{\"id\": \"fact\", \"claim\": \"A claim\", \"facts\": [{\"text\": \"t\", \"source\": \"s\", \"href\": \"x\"}]}") + "\n");
        assertEquals(PresswatchCli.FAILURE, PresswatchCli.execute("library", "import", "--data", data(), file.toString()));
        assertTrue(console.out().contains("1 new entries"), console.out());
        assertTrue(console.err().contains("skipped line 2: unknown key \"topic\" (did you mean 'topics'?); the keys are claim, facts, id, lang, title, topics"),
                console.err());
        assertTrue(console.err().contains("skipped line 3: unknown key \"href\" in a fact; the keys are date, lang, source, text, url"), console.err());
    }

    /**
     * Regression: {@code analysis.claims.library-index} moved where the job read the claim index,
     * while the library went on writing it under {@code data/library-index}, so the job never saw
     * an entry. Whoever writes the index and whoever reads it now take the place from one layout.
     */
    @Test
    void theLibraryWritesItsClaimIndexWhereTheSettingsPutItForTheJobToRead() throws Exception {
        Path moved = dir.resolve("shared/claims");
        Path config = Files.writeString(dir.resolve("presswatch.yaml"), """
                analysis:
                  claims:
                    library-index: %s
                """.formatted(moved));
        Files.writeString(dir.resolve("one.jsonl"),
                "{\"id\": \"dams\", \"claim\": \"Dams built upstream on the Mekong cause the drought in the delta.\", \"lang\": \"en\"}\n");

        assertEquals(0, PresswatchCli.execute("library", "import", "--config", config.toString(), "--data", data(),
                dir.resolve("one.jsonl").toString()), console.err());

        assertTrue(Files.notExists(dir.resolve("data/library-index")), "nothing written in the default place");
        PresswatchConfig settings = new ConfigLoader().file(config).override("data.dir", data()).load();
        Path jobReads = Path.of(MatchClaims.Settings.from(settings).libraryIndex());
        assertEquals(moved.toAbsolutePath().normalize(), jobReads, "the job reads the moved index");
        try (ClaimIndexMatcher index = ClaimIndexMatcher.openForMatching(jobReads)) {
            assertEquals(1, index.entries(), "and finds there the entry just imported");
        }
        console.reset();
        assertEquals(0, PresswatchCli.execute("reindex", "--config", config.toString(), "--data", data()), console.err());
        assertTrue(console.out().contains("the claim index holds 1 entries"), console.out());
        assertTrue(Files.notExists(dir.resolve("data/library-index")), "reindex rebuilds it where it is too");
    }

    @Test
    void usageErrors() throws Exception {
        assertEquals(PresswatchCli.USAGE, PresswatchCli.execute("library", "import", "--data", data(), "--status", "final", "x.jsonl"));
        assertTrue(console.err().contains("--status must be draft or approved"), console.err());
        console.reset();
        assertEquals(PresswatchCli.USAGE, PresswatchCli.execute("library", "import", "--data", data(), dir.resolve("absent.jsonl").toString()));
        assertTrue(console.err().contains("no such file"), console.err());
        console.reset();
        assertEquals(PresswatchCli.USAGE, PresswatchCli.execute("match", "--data", data(), "--limit", "11"));
        assertTrue(console.err().contains("--limit must be between 1 and 10"), console.err());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
