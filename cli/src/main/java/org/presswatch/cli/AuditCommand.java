package org.presswatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.presswatch.core.json.Json;
import org.presswatch.office.Office;
import org.presswatch.office.access.Caller;
import org.presswatch.office.audit.AuditAction;
import org.presswatch.office.audit.AuditEvent;
import org.presswatch.office.audit.AuditQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"The audit log, newest first: who signed in, changed an account or a token, started a re-analysis; when, from where.",
                "Nhật ký kiểm tra, mới nhất trước: ai đăng nhập, thay đổi tài khoản hay mã truy cập; khi nào, từ đâu."})
final class AuditCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--since", paramLabel = "TIME", description = "Only events from this time on, such as 2026-12-01T00:00:00Z.")
    String since;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only this account's events (@machine: this machine's commands).")
    String actor;

    @Option(names = "--action", paramLabel = "ACTION", description = "Only this action, such as sign_in_failed or role_changed.")
    String action;

    @Option(names = "--limit", defaultValue = "100", paramLabel = "N", description = "At most N events (default: ${DEFAULT-VALUE}, at most 1000).")
    int limit;

    @Option(names = "--json", description = "One JSON object a line, for scripts.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        AuditQuery query;
        try {
            query = new AuditQuery(since == null ? null : Instant.parse(since), actor, action == null ? null : AuditAction.parse(action), 0,
                    limit);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--since is a time such as 2026-12-01T00:00:00Z, was " + since);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<AuditEvent> events;
        try (Office office = Office.open(options.load(), Clock.systemUTC())) {
            events = office.audit().read(Caller.machine(), query);
        }
        ObjectMapper mapper = Json.mapper();
        for (AuditEvent e : events) {
            if (json) {
                System.out.println(mapper.writeValueAsString(e));
            } else {
                System.out.printf("%-24s %-20s %-18s %-20s %-15s %s%n", e.at(), e.actor(), e.action().id(), e.target(), e.address(), e.detail());
            }
        }
        if (!json) {
            System.out.printf("audit: %d events%n", events.size());
        }
        return 0;
    }
}
