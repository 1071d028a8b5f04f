package org.presswatch.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.presswatch.api.runtime.IndexInUseException;
import org.presswatch.api.runtime.ReanalysisService;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.office.db.OfficeDatabase;
import org.presswatch.pipeline.reanalysis.ReanalysisStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code presswatch reindex}: rebuilds what is derived from what the office keeps. First the
 * library's claim index, from the library; then every stored article analysed again, in a Flink
 * batch job, with a progress bar and the time left. When presswatch runs on this machine with
 * these settings, it does the second part itself beside its live job (which keeps running) and
 * this command follows it; otherwise this command opens the index and runs the job itself.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the library's claim index from the library, then analyse every stored article again (after a change of "
                + "the topic model, the gazetteer, the risk weights or the library) in a Flink batch job, with progress. A running "
                + "presswatch does the analysis beside its live job, which keeps running.",
                "Dựng lại chỉ mục luận điệu từ thư viện phản bác, rồi phân tích lại mọi bài viết đã lưu (sau khi thay đổi mô hình chủ đề, "
                        + "danh mục địa danh, trọng số rủi ro hoặc thư viện), có hiển thị tiến độ; presswatch đang chạy vẫn tiếp tục thu thập tin."})
final class ReindexCommand implements Callable<Integer> {
    private static final long POLL_MS = 500;

    @Mixin
    ConfigOptions options;

    @Mixin
    SourcesOption sources;

    @Override
    public Integer call() throws Exception {
        PresswatchConfig config = options.load();
        rebuildClaimIndex(config);
        RunningServer server = new RunningServer(config);
        Optional<ReanalysisStatus> remote = server.startReanalysis();
        if (remote.isPresent()) {
            System.out.printf("reindex: the presswatch running at %s analyses the stored articles again; its live job keeps running%n",
                    server.address());
            return follow(remote.get(), server::reanalysis);
        }
        ReanalysisService local;
        try {
            local = ReanalysisService.openLocal(config, () -> sources.read(config));
        } catch (IndexInUseException e) {
            throw new IllegalStateException("the index under " + config.data().dir() + " is held by a presswatch that does not answer at "
                    + server.address() + ": give this command the settings that presswatch runs with (--config, --port)", e);
        }
        try (local) {
            System.out.printf("reindex: analysing the stored articles again in %s%n", config.data().dir());
            return follow(local.start(), local::status);
        }
    }

    /** The claim index is derived from the library's database: rebuilt first, so the analysis matches against all of it. */
    private static void rebuildClaimIndex(PresswatchConfig config) throws IOException {
        if (OfficeDatabase.exists(config)) {
            LibraryCommand.Reindex.rebuild(config, "reindex");
        }
    }

    private interface StatusSource {
        ReanalysisStatus get() throws Exception;
    }

    private static int follow(ReanalysisStatus first, StatusSource next) throws Exception {
        ProgressBar bar = new ProgressBar("reindex", System.console() != null);
        ReanalysisStatus status = first;
        while (status.running()) {
            bar.show(status);
            Thread.sleep(POLL_MS);
            status = next.get();
        }
        bar.show(status);
        bar.end();
        if ("failed".equals(status.state())) {
            System.err.println("presswatch: reindex: the re-analysis failed: " + status.error());
            return PresswatchCli.FAILURE;
        }
        System.out.printf("reindex: %,d articles analysed again in %s (%,.0f a second)%n", status.done(),
                ProgressBar.duration(java.time.Duration.between(status.started(), status.finished()).toSeconds()), status.perSecond());
        return 0;
    }
}
