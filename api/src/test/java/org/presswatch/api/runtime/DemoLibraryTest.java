package org.presswatch.api.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
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
import org.presswatch.office.Office;
import org.presswatch.office.access.Caller;
import org.presswatch.office.access.Role;
import org.presswatch.office.accounts.Account;
import org.presswatch.office.db.OfficeDatabase;
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
        stock(DataLayout.under(data));
        stock(DataLayout.under(data));
        try (OfficeDatabase database = OfficeDatabase.embedded(DataLayout.under(data).officeDatabase());
             OfficeLibrary library = OfficeLibrary.open(database, DataLayout.under(data))) {
            assertEquals(DemoLibrary.entries().size(), library.entries().count(), "stocked once");
            assertTrue(library.entries().all().stream().allMatch(e -> e.version() == 1 && e.status() == Rebuttal.Status.APPROVED));
            assertEquals("demo-xisha-illegal-fishing", library.matcher().match("越南渔船非法进入西沙海域捕捞，中国海警依法驱离。", "zh", 1)
                    .get(0).entryId(), "the claim index is built with it");
        }

        Path office = dir.resolve("office");
        try (OfficeDatabase database = OfficeDatabase.embedded(DataLayout.under(office).officeDatabase());
             OfficeLibrary library = OfficeLibrary.open(database, DataLayout.under(office))) {
            library.save(List.of(new Rebuttal("own-entry", "", List.of(new LocalizedText("vi", "Một luận điệu của văn phòng.")), List.of(),
                    List.of(), List.of(), List.of(), Rebuttal.Status.DRAFT, 1, java.time.Instant.EPOCH, "office")), "office");
        }
        stock(DataLayout.under(office));
        try (OfficeDatabase database = OfficeDatabase.embedded(DataLayout.under(office).officeDatabase());
             OfficeLibrary library = OfficeLibrary.open(database, DataLayout.under(office))) {
            assertEquals(List.of("own-entry"), library.entries().all().stream().map(Rebuttal::id).toList());
        }
    }

    @Test
    void theDemoAddsItsAccountsOnceAndLeavesAnOfficesOwn() throws Exception {
        DataLayout layout = DataLayout.under(dir.resolve("accounts"));
        try (Office office = Office.on(OfficeDatabase.embedded(layout.officeDatabase()), new ConfigLoader().load().office(), Clock.systemUTC())) {
            office.accounts().add(Caller.machine(), "langson", Role.READER, List.of("20"), "mật khẩu của văn phòng".toCharArray());
            DemoOffice.stock(office, layout);
            DemoOffice.stock(office, layout);
            List<Account> accounts = office.accounts().list(Caller.machine());
            assertEquals(DemoOffice.ACCOUNTS.stream().map(DemoOffice.DemoAccount::name).sorted().toList(),
                    accounts.stream().map(Account::name).toList(), "one of each, added once");
            assertEquals(Role.READER, accounts.stream().filter(a -> a.name().equals("langson")).findFirst().orElseThrow().role(),
                    "the office's own account is left as it was");
            assertEquals(Role.ADMIN, accounts.stream().filter(a -> a.name().equals("quantri")).findFirst().orElseThrow().role());
        }
    }

    /** What the demo does on each start: stocks the office in the data folder. */
    private static void stock(DataLayout layout) throws Exception {
        try (Office office = Office.on(OfficeDatabase.embedded(layout.officeDatabase()), new ConfigLoader().load().office(), Clock.systemUTC())) {
            DemoOffice.stock(office, layout);
        }
    }

    private static boolean mission(String topic) {
        return Set.of("sovereignty", "ethnicity", "religion", "human_rights", "border").contains(topic);
    }
}
