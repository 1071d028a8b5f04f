package org.presswatch.api.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.DataLayout;
import org.presswatch.core.model.ClaimMatch;
import org.presswatch.core.model.LocalizedText;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.demo.corpus.CorpusArticle;
import org.presswatch.demo.library.DemoLibrary;
import org.presswatch.index.claims.ClaimIndexWriter;
import org.presswatch.office.library.OfficeLibrary;

/**
 * The demo office's library: stocked into an empty library only, and, against the demo corpus
 * at the configured similarity, every entry is found in an article that repeats its claim and
 * no article off the mission topics (sport, tourism, business, weather) matches any entry.
 */
class DemoLibraryTest {
    @TempDir
    Path dir;

    @Test
    void everyEntryMatchesAnArticleThatRepeatsItAndNoArticleOffTheMissionMatches() throws Exception {
        double minSimilarity = new ConfigLoader().load().analysis().claims().minSimilarity();
        List<Rebuttal> entries = DemoLibrary.entries();
        Map<String, Set<String>> matchedBy = new TreeMap<>();
        List<String> offMission = new ArrayList<>();
        try (ClaimIndexWriter library = ClaimIndexWriter.open(dir.resolve("library-index"))) {
            library.replaceAll(entries);
            for (CorpusArticle article : Corpus.load().articles()) {
                List<ClaimMatch> matches = library.matcher().match(article.title() + "\n" + article.text(), article.outlet().language(), 3);
                for (ClaimMatch m : matches) {
                    if (m.similarity() < minSimilarity) {
                        continue;
                    }
                    matchedBy.computeIfAbsent(m.entryId(), k -> new TreeSet<>()).add(article.outlet().id() + "/" + article.slug());
                    if (article.topics().stream().noneMatch(DemoLibraryTest::mission)) {
                        offMission.add(article.slug() + " -> " + m.entryId() + " " + m.similarity());
                    }
                }
            }
        }
        assertEquals(entries.stream().map(Rebuttal::id).collect(java.util.stream.Collectors.toCollection(TreeSet::new)), matchedBy.keySet(),
                "every entry matched at " + minSimilarity + ": " + matchedBy);
        assertTrue(offMission.isEmpty(), "articles off the mission topics matched: " + offMission);
    }

    @Test
    void theDemoStocksAnEmptyLibraryAndNeverTouchesAnOfficesOwn() throws Exception {
        Path data = dir.resolve("data");
        DemoRuntime.stockLibrary(DataLayout.under(data));
        DemoRuntime.stockLibrary(DataLayout.under(data));
        try (OfficeLibrary library = OfficeLibrary.open(DataLayout.under(data))) {
            assertEquals(DemoLibrary.entries().size(), library.entries().count(), "stocked once");
            assertTrue(library.entries().all().stream().allMatch(e -> e.version() == 1 && e.status() == Rebuttal.Status.APPROVED));
            assertEquals("demo-xisha-illegal-fishing", library.matcher().match("越南渔船非法进入西沙海域捕捞，中国海警依法驱离。", "zh", 1)
                    .get(0).entryId(), "the claim index is built with it");
        }

        Path office = dir.resolve("office");
        try (OfficeLibrary library = OfficeLibrary.open(DataLayout.under(office))) {
            library.save(List.of(new Rebuttal("own-entry", "", List.of(new LocalizedText("vi", "Một luận điệu của văn phòng.")), List.of(),
                    List.of(), List.of(), List.of(), Rebuttal.Status.DRAFT, 1, java.time.Instant.EPOCH, "office")), "office");
        }
        DemoRuntime.stockLibrary(DataLayout.under(office));
        try (OfficeLibrary library = OfficeLibrary.open(DataLayout.under(office))) {
            assertEquals(List.of("own-entry"), library.entries().all().stream().map(Rebuttal::id).toList());
        }
    }

    private static boolean mission(String topic) {
        return Set.of("sovereignty", "ethnicity", "religion", "human_rights", "border").contains(topic);
    }
}
