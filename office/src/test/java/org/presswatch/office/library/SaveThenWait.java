package org.presswatch.office.library;

import java.nio.file.Path;
import org.presswatch.core.model.Rebuttal;

/**
 * The process JdbcRebuttalLibraryTest kills: saves versions of an entry, says so on stdout, then
 * waits to be killed with the library still open (and leaves after a minute if it is not).
 */
public final class SaveThenWait {
    static final String SAVED = "saved";

    private SaveThenWait() {}

    /** Arguments: the library's directory, and how many versions to save. */
    public static void main(String[] args) throws Exception {
        JdbcRebuttalLibrary library = JdbcRebuttalLibrary.open(Path.of(args[0]));
        int versions = Integer.parseInt(args[1]);
        Rebuttal entry = TestRebuttals.entry("hoang-sa-1", "Hoàng Sa");
        for (int i = 1; i <= versions; i++) {
            library.save(TestRebuttals.withTitle(entry, "lần " + i), "banbientap");
        }
        System.out.println(SAVED);
        System.out.flush();
        Thread.sleep(60_000);
    }
}
