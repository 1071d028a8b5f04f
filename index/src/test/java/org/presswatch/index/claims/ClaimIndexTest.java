package org.presswatch.index.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.model.ClaimMatch;
import org.presswatch.core.model.LocalizedText;
import org.presswatch.core.model.Rebuttal;

class ClaimIndexTest {
    @TempDir
    static Path dir;
    private static ClaimIndexWriter writer;
    private static ClaimIndexMatcher index;

    static Rebuttal entry(String id, String title, Rebuttal.Status status, LocalizedText... claims) {
        return new Rebuttal(id, title, List.of(claims), List.of(), List.of(), List.of(), List.of(), status, 1, Instant.EPOCH, "test");
    }

    static final List<Rebuttal> LIBRARY = List.of(
            entry("paracels", "Hoàng Sa không phải của Việt Nam?", Rebuttal.Status.APPROVED,
                    new LocalizedText("vi", "Việt Nam chưa bao giờ thực thi chủ quyền đối với quần đảo Hoàng Sa."),
                    new LocalizedText("en", "Vietnam never exercised sovereignty over the Paracel Islands.")),
            entry("dams", "Do upstream dams dry out the Mekong Delta?", Rebuttal.Status.APPROVED,
                    new LocalizedText("en", "Dams built upstream on the Mekong cause the drought and saltwater intrusion in the delta.")),
            entry("churches", "Nhà thờ bị cấm đăng ký?", Rebuttal.Status.DRAFT,
                    new LocalizedText("vi", "Chính quyền Đắk Lắk từ chối đăng ký sinh hoạt tôn giáo cho mọi hội thánh Tin Lành.")),
            entry("retired", "An old rumour", Rebuttal.Status.RETIRED,
                    new LocalizedText("en", "The Mekong river will be closed to all shipping next year.")));

    @BeforeAll
    static void fill() throws IOException {
        writer = ClaimIndexWriter.open(dir.resolve("claims"));
        writer.replaceAll(LIBRARY);
        index = writer.matcher();
    }

    @AfterAll
    static void close() throws IOException {
        writer.close();
    }

    private static List<String> ids(List<ClaimMatch> matches) {
        return matches.stream().map(ClaimMatch::entryId).toList();
    }

    @Test
    void aParaphraseInEnglishFindsTheClaimByMeaning() throws IOException {
        List<ClaimMatch> m = index.match("Hydropower reservoirs in China and Laos are why the rice fields near the sea are salty and dry",
                "en", 3);
        assertEquals("dams", m.get(0).entryId(), m.toString());
        assertTrue(m.get(0).score() > m.get(1).score());
    }

    @Test
    void oneSentenceOfALongArticleMatchesAndIsTheSentenceShown() throws IOException {
        String filler = "Thời tiết hôm nay nắng ráo, giao thông thuận lợi trên các tuyến phố chính của thành phố. ";
        String claim = "Một trang mạng nước ngoài viết rằng Viet Nam chua bao gio thuc thi chu quyen doi voi quan dao Hoang Sa.";
        String article = filler.repeat(10) + claim + " " + filler.repeat(5);
        List<ClaimMatch> m = index.match(article, "vi", 3);
        assertEquals("paracels", m.get(0).entryId(), "matched without diacritics: " + m);
        assertEquals(claim, m.get(0).sentence());
    }

    @Test
    void theSimilarityComparesTextsWhereTheRankScoreOnlyRanksTheEntriesOfOne() throws IOException {
        // shares one word with a claim, so its best entry gets the whole word share of the rank score
        ClaimMatch unrelated = index.match("The Mekong football club won its match in front of a home crowd on Sunday.", "en", 1).get(0);
        ClaimMatch paraphrase = index.match("Hydropower reservoirs in China and Laos are why the rice fields near the sea are salty and dry",
                "en", 1).get(0);
        assertTrue(unrelated.similarity() < unrelated.score(), "the best entry of any English text gets the whole word share of its score");
        assertTrue(paraphrase.similarity() > unrelated.similarity() + 0.2, unrelated + " / " + paraphrase);
    }

    @Test
    void aRetiredEntryIsNeverMatched() throws IOException {
        assertTrue(!ids(index.match("The Mekong river will be closed to all shipping next year.", "en", 10)).contains("retired"));
    }

    @Test
    void limitsAndEmptyTexts() throws IOException {
        assertEquals(List.of(), index.match("", "en", 5));
        assertTrue(index.match("Mekong drought", "en", 1).size() <= 1);
        assertThrows(IllegalArgumentException.class, () -> index.match("x", "en", 11));
        index.match("Mekong drought and saltwater", "en", 10).forEach(m -> assertTrue(m.score() >= 0 && m.score() <= 1, m.toString()));
    }

    @Test
    void editsReplaceAnEntrysClaimsAndARebuildRestoresTheSameResults(@TempDir Path other) throws IOException {
        // the library's current versions, by id
        java.util.Map<String, Rebuttal> library = new java.util.TreeMap<>();
        try (ClaimIndexWriter copy = ClaimIndexWriter.open(other.resolve("claims"))) {
            for (Rebuttal r : LIBRARY) {
                library.put(r.id(), r);
            }
            copy.rebuild(library.values());
            String text = "Dams built upstream on the Mekong are drying the delta.";
            List<ClaimMatch> before = copy.matcher().match(text, "en", 10);
            assertEquals(3, copy.entries(), "the retired entry is not indexed");

            library.put("dams", entry("dams", "Hội An tourism", Rebuttal.Status.APPROVED, new LocalizedText("en", "Tourism is booming in Hội An.")));
            copy.replace(library.get("dams"));
            assertTrue(!ids(copy.matcher().match("Dams built upstream on the Mekong cause the drought", "vi", 10)).contains("dams"),
                    "the old claim is gone from the words");

            copy.rebuild(library.values());
            List<ClaimMatch> rebuilt = copy.matcher().match(text, "en", 10);
            assertEquals(3, copy.entries());
            try (ClaimIndexWriter fresh = ClaimIndexWriter.open(other.resolve("fresh"))) {
                fresh.rebuild(library.values());
                assertEquals(rebuilt, fresh.matcher().match(text, "en", 10), "a rebuild gives exactly what a new index gives");
            }
            assertTrue(!before.equals(rebuilt));
        }
    }

    @Test
    void vectorsSurviveAReopen(@TempDir Path other) throws IOException {
        String text = "Reservoirs upstream make the delta dry and salty";
        List<ClaimMatch> before;
        try (ClaimIndexWriter first = ClaimIndexWriter.open(other)) {
            first.replaceAll(LIBRARY);
            before = first.matcher().match(text, "en", 10);
        }
        try (ClaimIndexWriter reopened = ClaimIndexWriter.open(other)) {
            assertEquals(before, reopened.matcher().match(text, "en", 10));
        }
    }
}
