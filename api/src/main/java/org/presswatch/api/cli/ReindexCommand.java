package org.presswatch.api.cli;

import java.util.concurrent.Callable;
import org.presswatch.index.library.OfficeLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code presswatch reindex}: rebuilds what is derived from what the office keeps. Today that
 * is the library's claim index, rebuilt from the library's database; re-analysing the stored
 * articles comes with the pipeline's batch mode.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the rebuttal library's search index from the library itself (after a loss, or an upgrade).",
                "Dựng lại chỉ mục tìm kiếm của thư viện phản bác từ chính thư viện."})
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        try (OfficeLibrary library = OfficeLibrary.open(options.load().data().dir())) {
            System.out.printf("reindex: rebuilding the claim index of %d library entries...%n", library.entries().count());
            long indexed = library.reindex();
            System.out.printf("reindex: the claim index holds %d entries (retired ones are not matched)%n", indexed);
        }
        return 0;
    }
}
