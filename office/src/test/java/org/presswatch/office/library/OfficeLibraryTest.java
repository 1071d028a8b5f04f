package org.presswatch.office.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.config.DataLayout;
import org.presswatch.core.model.ClaimMatch;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.office.db.OfficeDatabase;

class OfficeLibraryTest {
    private static final String POST = "Báo nước ngoài viết: Hoàng Sa không thuộc chủ quyền Việt Nam, Việt Nam chưa từng quản lý.";

    @Test
    void threeEditsKeepFourVersionsAndALostIndexComesBackExactly(@TempDir Path data) throws IOException {
        List<ClaimMatch> before;
        try (OfficeDatabase database = OfficeDatabase.embedded(data.resolve("office"));
                OfficeLibrary library = OfficeLibrary.open(database, DataLayout.under(data))) {
            Rebuttal entry = TestRebuttals.entry("paracels-1", "Hoàng Sa");
            library.save(List.of(entry), "office-a");
            library.save(List.of(TestRebuttals.withTitle(entry, "Hoàng Sa, Việt Nam")), "office-b");
            library.save(List.of(TestRebuttals.withStatus(entry, Rebuttal.Status.APPROVED)), "office-a");
            library.save(List.of(TestRebuttals.withTitle(TestRebuttals.withStatus(entry, Rebuttal.Status.APPROVED), "Quần đảo Hoàng Sa")), "office-c");
            List<Rebuttal> history = library.entries().history("paracels-1");
            assertEquals(List.of(1, 2, 3, 4), history.stream().map(Rebuttal::version).toList());
            assertEquals(List.of("office-a", "office-b", "office-a", "office-c"), history.stream().map(Rebuttal::editor).toList());
            before = library.matcher().match(POST, "vi", 10);
            assertEquals("paracels-1", before.get(0).entryId(), before.toString());
        }
        try (Stream<Path> files = Files.walk(data.resolve("library-index"))) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        try (OfficeDatabase database = OfficeDatabase.embedded(data.resolve("office"));
                OfficeLibrary reopened = OfficeLibrary.open(database, DataLayout.under(data))) {
            assertEquals(before, reopened.matcher().match(POST, "vi", 10), "opening found the index gone and rebuilt it");
            assertEquals(1, reopened.reindex());
            assertEquals(before, reopened.matcher().match(POST, "vi", 10), "an explicit reindex gives the same");
        }
    }

    @Test
    void retiringAnEntryTakesItOutOfMatching(@TempDir Path data) throws IOException {
        try (OfficeDatabase database = OfficeDatabase.embedded(data.resolve("office"));
                OfficeLibrary library = OfficeLibrary.open(database, DataLayout.under(data))) {
            Rebuttal entry = TestRebuttals.entry("paracels-2", "Hoàng Sa");
            library.save(List.of(entry), "office");
            assertTrue(!library.matcher().match(POST, "vi", 10).isEmpty());
            library.save(List.of(TestRebuttals.withStatus(entry, Rebuttal.Status.RETIRED)), "office");
            assertEquals(List.of(), library.matcher().match(POST, "vi", 10));
            assertEquals(2, library.entries().history("paracels-2").size(), "retired, not deleted");
        }
    }
}
