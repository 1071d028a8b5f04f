package org.presswatch.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.presswatch.core.json.Json;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.index.library.OfficeLibrary;
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
        /** Entries saved, and their claims encoded, at a time. */
        private static final int BATCH = 500;

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
            LibraryImport lines = new LibraryImport(newStatus);
            ObjectMapper json = Json.mapper();
            int added = 0;
            int changed = 0;
            int unchanged = 0;
            List<String> skipped = new ArrayList<>();
            try (OfficeLibrary library = OfficeLibrary.open(options.load().data().dir());
                 BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Map<String, Rebuttal> batch = new LinkedHashMap<>();
                Map<String, Integer> before = new LinkedHashMap<>();
                int number = 0;
                for (String line; (line = in.readLine()) != null; ) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        JsonNode node = json.readTree(line);
                        String id = node.path("id").asText("");
                        Optional<Rebuttal> current = batch.containsKey(id) ? Optional.of(batch.get(id)) : library.entries().get(id);
                        batch.put(id, lines.entry(node, current));
                        before.putIfAbsent(id, current.map(Rebuttal::version).orElse(0));
                    } catch (Exception e) {
                        skipped.add("line " + number + ": " + firstLine(e));
                    }
                    if (batch.size() >= BATCH) {
                        int[] counts = save(library, batch, before);
                        added += counts[0];
                        changed += counts[1];
                        unchanged += counts[2];
                        System.out.printf("library import: %d lines read%n", number);
                    }
                }
                int[] counts = save(library, batch, before);
                added += counts[0];
                changed += counts[1];
                unchanged += counts[2];
                System.out.printf("library import: %d new entries, %d changed, %d unchanged; the library holds %d entries%n", added, changed,
                        unchanged, library.entries().count());
            }
            skipped.forEach(s -> System.err.println("presswatch: library import: skipped " + s));
            return skipped.isEmpty() ? 0 : PresswatchCli.FAILURE;
        }

        /** Saves the batch and empties it; returns how many entries were new, changed and unchanged. */
        private int[] save(OfficeLibrary library, Map<String, Rebuttal> batch, Map<String, Integer> before) throws java.io.IOException {
            int[] counts = new int[3];
            for (Rebuttal stored : library.save(List.copyOf(batch.values()), editor)) {
                int was = before.get(stored.id());
                counts[was == 0 ? 0 : stored.version() > was ? 1 : 2]++;
            }
            batch.clear();
            before.clear();
            return counts;
        }

        private static String firstLine(Exception e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return message.lines().findFirst().orElse(message);
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
            rebuild(options.load().data().dir(), "library reindex");
            return 0;
        }

        /** Rebuilds the claim index of the library in the data folder, saying so under the command's name. */
        static void rebuild(Path dataDir, String command) throws java.io.IOException {
            try (OfficeLibrary library = OfficeLibrary.open(dataDir)) {
                long indexed = library.reindex();
                System.out.printf("%s: the claim index holds %d entries of the library's %d (retired ones are not matched)%n", command,
                        indexed, library.entries().count());
            }
        }
    }
}
