package org.presswatch.office.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.presswatch.office.library.TestRebuttals.entry;
import static org.presswatch.office.library.TestRebuttals.withFact;
import static org.presswatch.office.library.TestRebuttals.withStatus;
import static org.presswatch.office.library.TestRebuttals.withTitle;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.presswatch.core.model.CounterFact;
import org.presswatch.core.model.Rebuttal;

/** What every {@link RebuttalLibrary} does; a subclass per implementation runs it. */
abstract class RebuttalLibraryContractTest {
    private static final int THREADS = 4;
    private static final int SAVES_PER_THREAD = 10;

    private RebuttalLibrary library;

    /** A new, empty library; the test closes it. */
    protected abstract RebuttalLibrary newLibrary() throws IOException;

    @BeforeEach
    void open() throws IOException {
        library = newLibrary();
    }

    /** Nothing to close when the engine is absent and the test skipped. */
    @AfterEach
    void close() throws IOException {
        if (library != null) {
            library.close();
        }
    }

    @Test
    void aNewEntryIsVersionOneStampedByTheLibrary() throws IOException {
        Instant before = Instant.now().minusSeconds(1);
        Rebuttal submitted = entry("hoang-sa-1", "Hoàng Sa");

        Rebuttal stored = library.save(submitted, "banbientap");

        assertEquals(1, stored.version(), "version of a new entry (the submitted 7 is ignored)");
        assertEquals("banbientap", stored.editor(), "editor of the stored version");
        assertTrue(!stored.updatedAt().isBefore(before) && !stored.updatedAt().isAfter(Instant.now()),
                "updatedAt is the time of the save, was " + stored.updatedAt());
        assertTrue(stored.sameContentAs(submitted), "the stored content is the submitted one: " + stored);
        assertEquals(Optional.of(stored), library.get("hoang-sa-1"), "get after the save");
        assertEquals(List.of(stored), library.history("hoang-sa-1"), "history after one save");
    }

    @Test
    void threeEditsKeepAllFourVersionsInOrder() throws IOException {
        Rebuttal first = entry("hoang-sa-1", "Hoàng Sa");
        Rebuttal retitled = withTitle(first, "Hoàng Sa: bằng chứng lịch sử");
        Rebuttal moreFacts = withFact(retitled, new CounterFact("fr", "Une carte de 1838 nomme les îles.",
                "Carte de Jean-Louis Taberd", URI.create("https://maps.example/taberd-1838"), LocalDate.of(1838, 1, 1)));
        Rebuttal approved = withStatus(moreFacts, Rebuttal.Status.APPROVED);
        List<Rebuttal> submitted = List.of(first, retitled, moreFacts, approved);
        List<String> editors = List.of("banbientap", "phongbaochi", "banbientap", "truongphong");

        List<Rebuttal> stored = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            stored.add(library.save(submitted.get(i), editors.get(i)));
        }

        List<Rebuttal> history = library.history("hoang-sa-1");
        assertEquals(stored, history, "the history is every stored version, oldest first");
        assertEquals(List.of(1, 2, 3, 4), history.stream().map(Rebuttal::version).toList(), "versions");
        assertEquals(editors, history.stream().map(Rebuttal::editor).toList(), "editors");
        for (int i = 0; i < submitted.size(); i++) {
            assertTrue(history.get(i).sameContentAs(submitted.get(i)), "content of version " + (i + 1) + ": " + history.get(i));
        }
        assertEquals(Optional.of(stored.get(3)), library.get("hoang-sa-1"), "the current version is the last");
        assertEquals(1, library.count(), "one entry, however many versions");
    }

    @Test
    void savingTheCurrentContentAgainStoresNothing() throws IOException {
        Rebuttal first = library.save(entry("hoang-sa-1", "Hoàng Sa"), "banbientap");

        Rebuttal again = library.save(entry("hoang-sa-1", "Hoàng Sa"), "nhapkhau");

        assertEquals(first, again, "an identical save returns the current version, its editor and time unchanged");
        assertEquals(List.of(first), library.history("hoang-sa-1"), "history after an identical save");
    }

    @Test
    void goingBackToAnEarlierContentIsANewVersion() throws IOException {
        Rebuttal original = entry("hoang-sa-1", "Hoàng Sa");
        library.save(original, "banbientap");
        library.save(withTitle(original, "Hoàng Sa (sửa)"), "banbientap");

        Rebuttal reverted = library.save(original, "truongphong");

        assertEquals(3, reverted.version(), "only a save equal to the current version is skipped");
        assertEquals(3, library.history("hoang-sa-1").size(), "versions kept");
    }

    @Test
    void getAllAndCountSeeTheCurrentVersionOfEveryEntry() throws IOException {
        library.save(entry("truong-sa", "Trường Sa"), "a");
        library.save(entry("ban-do-1834", "Bản đồ 1834"), "a");
        Rebuttal edited = library.save(withTitle(entry("ban-do-1834", ""), "Bản đồ năm 1834"), "b");
        library.save(entry("hoang-sa-1", null), "a");

        List<Rebuttal> all = library.all();

        assertEquals(List.of("ban-do-1834", "hoang-sa-1", "truong-sa"), all.stream().map(Rebuttal::id).toList(), "ids, in order");
        assertEquals(edited, all.get(0), "an edited entry appears as its current version");
        assertEquals("", all.get(1).title(), "a null title is stored as blank");
        assertEquals(3, library.count(), "entries");
        assertEquals(Optional.of(edited), library.get("ban-do-1834"), "get of an edited entry");
    }

    @Test
    void retiringIsAVersionAndTheHistoryStays() throws IOException {
        Rebuttal approved = library.save(withStatus(entry("hoang-sa-1", "Hoàng Sa"), Rebuttal.Status.APPROVED), "truongphong");

        Rebuttal retired = library.save(withStatus(approved, Rebuttal.Status.RETIRED), "truongphong");

        assertEquals(2, retired.version(), "retiring makes version 2");
        assertEquals(Rebuttal.Status.RETIRED, retired.status(), "status of version 2");
        assertEquals(List.of(approved, retired), library.history("hoang-sa-1"), "history keeps the approved version");
        assertEquals(List.of(retired), library.all(), "all() lists a retired entry");
        assertEquals(1, library.count(), "count includes a retired entry");
    }

    @Test
    void anUnknownIdHasNoVersionAndNoHistory() throws IOException {
        library.save(entry("hoang-sa-1", "Hoàng Sa"), "banbientap");

        assertEquals(Optional.empty(), library.get("truong-sa"), "get of an unknown id");
        assertEquals(List.of(), library.history("truong-sa"), "history of an unknown id");
    }

    @Test
    void aNewLibraryIsEmpty() throws IOException {
        assertEquals(0, library.count(), "count");
        assertEquals(List.of(), library.all(), "all");
    }

    @Test
    void callerMistakesAreRefused() {
        Rebuttal entry = entry("hoang-sa-1", "Hoàng Sa");
        assertThrows(IllegalArgumentException.class, () -> library.save(null, "banbientap"), "a null entry");
        assertThrows(IllegalArgumentException.class, () -> library.save(entry, " "), "a blank editor");
        assertThrows(IllegalArgumentException.class, () -> library.get(null), "get of a null id");
    }

    @Test
    void aClosedLibraryRefusesEveryCall() throws IOException {
        library.close();

        assertThrows(IllegalStateException.class, () -> library.save(entry("hoang-sa-1", "Hoàng Sa"), "banbientap"), "save");
        assertThrows(IllegalStateException.class, () -> library.get("hoang-sa-1"), "get");
        assertThrows(IllegalStateException.class, () -> library.history("hoang-sa-1"), "history");
        assertThrows(IllegalStateException.class, library::all, "all");
        assertThrows(IllegalStateException.class, library::count, "count");
    }

    @Test
    @Timeout(60)
    void concurrentSavesOfOneEntryGetConsecutiveVersions() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Rebuttal>>> threads = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                threads.add(pool.submit(() -> {
                    start.await();
                    List<Rebuttal> mine = new ArrayList<>();
                    for (int i = 0; i < SAVES_PER_THREAD; i++) {
                        mine.add(library.save(entry("hoang-sa-1", "luồng " + thread + ", lần " + i), "luong" + thread));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<Rebuttal> returned = new ArrayList<>();
            for (Future<List<Rebuttal>> thread : threads) {
                List<Rebuttal> mine = thread.get();
                for (int i = 1; i < mine.size(); i++) {
                    assertTrue(mine.get(i).version() > mine.get(i - 1).version(), "one thread's saves get rising versions: " + mine);
                }
                returned.addAll(mine);
            }

            List<Rebuttal> history = library.history("hoang-sa-1");
            int saves = THREADS * SAVES_PER_THREAD;
            assertEquals(IntStream.rangeClosed(1, saves).boxed().toList(), history.stream().map(Rebuttal::version).toList(),
                    "versions: consecutive, none lost, none twice");
            assertEquals(Set.copyOf(returned), new HashSet<>(history), "what the saves returned is what the history holds");
            assertEquals(saves, history.stream().map(Rebuttal::title).distinct().count(), "every save's content is kept once");
            assertEquals(history.get(saves - 1), library.get("hoang-sa-1").orElseThrow(), "the current version is the last");
        } finally {
            pool.shutdownNow();
        }
    }
}
