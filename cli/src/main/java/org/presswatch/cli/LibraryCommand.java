package org.presswatch.cli;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.office.library.LibraryImport;
import org.presswatch.office.library.OfficeLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "library", mixinStandardHelpOptions = true,
        description = {"The office's rebuttal library: claims countered, facts with their sources, talking points, every version kept.",
                "Thư viện phản bác của cơ quan: luận điểm sai, dẫn chứng có nguồn, nội dung trả lời; lưu mọi phiên bản."},
        subcommands = {LibraryCommand.Import.class, LibraryCommand.Reindex.class})
final class LibraryCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: import or reindex");
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Add or update library entries from JSON Lines {\"id\", \"claim\", \"title\"?, \"lang\"?, \"topics\"?, "
                    + "\"facts\"?}; each changed entry gets a new version, an unchanged one none.",
                    "Nhập hoặc cập nhật mục thư viện từ tệp JSON Lines; mục thay đổi được lưu thành phiên bản mới."})
    static final class Import implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Parameters(index = "0", paramLabel = "FILE", description = "JSON Lines, one entry a line.")
        Path file;

        @Option(names = "--status", defaultValue = "draft", paramLabel = "STATUS",
                description = "Status of new entries: draft or approved (default: ${DEFAULT-VALUE}); existing ones keep theirs.")
        String status;

        @Option(names = "--editor", defaultValue = "import", paramLabel = "NAME",
                description = "The office account the versions are saved under (default: ${DEFAULT-VALUE}).")
        String editor;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Rebuttal.Status newStatus = switch (status.toLowerCase(Locale.ROOT)) {
                case "draft" -> Rebuttal.Status.DRAFT;
                case "approved" -> Rebuttal.Status.APPROVED;
                default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--status must be draft or approved, was " + status);
            };
            if (!Files.isRegularFile(file)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
            }
            LibraryImport.Result result;
            try (OfficeLibrary library = OfficeLibrary.open(options.load());
                 BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                result = new LibraryImport(newStatus, editor).run(library, in,
                        lines -> System.out.printf("library import: %d lines read%n", lines));
            }
            System.out.printf("library import: %d new entries, %d changed, %d unchanged; the library holds %d entries%n", result.added(),
                    result.changed(), result.unchanged(), result.entries());
            result.skipped().forEach(s -> System.err.println("presswatch: library import: skipped " + s));
            return result.skipped().isEmpty() ? 0 : PresswatchCli.FAILURE;
        }
    }

    @Command(name = "reindex", mixinStandardHelpOptions = true,
            description = {"Rebuild the library's claim index from the library itself (after a loss, or an upgrade).",
                    "Dựng lại chỉ mục luận điệu của thư viện phản bác từ chính thư viện."})
    static final class Reindex implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Override
        public Integer call() throws Exception {
            rebuild(options.load(), "library reindex");
            return 0;
        }

        /** Rebuilds the claim index of the office's library, saying so under the command's name. */
        static void rebuild(PresswatchConfig config, String command) throws java.io.IOException {
            try (OfficeLibrary library = OfficeLibrary.open(config)) {
                long indexed = library.reindex();
                System.out.printf("%s: the claim index holds %d entries of the library's %d (retired ones are not matched)%n", command,
                        indexed, library.entries().count());
            }
        }
    }
}
