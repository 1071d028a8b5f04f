package org.presswatch.cli;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.presswatch.api.runtime.ApiAddress;
import org.presswatch.api.runtime.DemoRuntime;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.demo.Newsroom;
import org.presswatch.demo.NewsroomEpoch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run presswatch offline against a built-in demo newsroom: 17 fictional outlets in Vietnamese, English, "
                + "French and Chinese that keep publishing while the demo runs.",
                "Chạy thử presswatch không cần mạng, với một tòa soạn mô phỏng gồm 17 trang tin hư cấu liên tục đăng bài mới."})
final class DemoCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        PresswatchConfig config = DemoRuntime.withDemoDefaults(options.loader()).load();
        Instant epoch = NewsroomEpoch.loadOrCreate(config.layout().demoEpoch(), Instant.now());
        DemoRuntime running = DemoRuntime.start(config, epoch, Clock.systemUTC());
        Newsroom newsroom = running.newsroom();
        DemoBanner banner = new DemoBanner(ApiAddress.onThisMachine(config.api().host(), running.presswatch().apiPort()),
                newsroom.outlets().size(), newsroom.published().size(), newsroom.schedule().all().size(),
                newsroom.address().getHostString() + ":" + newsroom.address().getPort(), epoch, config);
        System.out.print(banner.text(Instant.now()));
        Foreground.runUntilStopped(running);
        return 0;
    }
}
