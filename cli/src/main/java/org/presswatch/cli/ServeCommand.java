package org.presswatch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.presswatch.api.runtime.PresswatchRuntime;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run presswatch: crawl the sources of the registry, analyze and index every article, and serve the HTTP API.",
                "Chạy presswatch: thu thập tin từ các nguồn đã đăng ký, phân tích, lập chỉ mục và phục vụ API."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    JobOptions job;

    @Override
    public Integer call() throws Exception {
        PresswatchConfig config = job.load();
        List<Source> list = job.sources(config);
        PresswatchRuntime runtime = PresswatchRuntime.start(config, list);
        System.out.printf("presswatch serving %d sources from %s%n  api   http://%s:%d/api/v1/articles%n  data  %s%n  job   %s%n"
                        + "Press Ctrl-C to stop.%n",
                list.size(), job.sources.registry(config), config.api().host(), runtime.apiPort(), config.data().dir(),
                config.pipeline().remote() ? "on the Flink cluster at " + config.pipeline().flink() : "embedded");
        if (!runtime.office().accounts().hasAdmin()) {
            System.out.printf("No admin account yet: every route but health wants one. Add the first with%n"
                    + "  presswatch users add --role admin NAME%n"
                    + "(it asks for the password; --password-file FILE for scripts). It works while presswatch serves.%n");
        }
        Foreground.runUntilStopped(runtime);
        return 0;
    }
}
