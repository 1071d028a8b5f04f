package org.presswatch.api.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.presswatch.core.util.ClientText;
import org.presswatch.office.access.Caller;
import org.presswatch.office.audit.AuditAction;
import org.presswatch.office.audit.AuditEvent;
import org.presswatch.office.audit.AuditLog;
import org.presswatch.pipeline.reanalysis.ReanalysisControl;
import org.presswatch.pipeline.reanalysis.ReanalysisStatus;

/**
 * {@code /api/v1/reindex}: the re-analysis of every stored article. Anyone signed in follows its
 * progress; only an admin, or this machine's {@code presswatch reindex}, starts one (it costs the
 * machine minutes of work), and the start is audited.
 */
final class ReanalysisRoutes {
    private final ReanalysisControl reanalysis;
    private final AuditLog audit;
    private final Clock clock;

    ReanalysisRoutes(ReanalysisControl reanalysis, AuditLog audit, Clock clock) {
        this.reanalysis = reanalysis;
        this.audit = audit;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/reindex", ctx -> ctx.json(reanalysis.status()), Access.SIGNED_IN);
        routes.post("/api/v1/reindex", this::start, Access.ADMIN);
    }

    /** Starts analysing every stored article again (202), or says that one is running (409). */
    private void start(Context ctx) throws Exception {
        Caller caller = Gatekeeper.caller(ctx);
        ReanalysisStatus started;
        try {
            started = reanalysis.start();
        } catch (IllegalStateException e) {
            Map<String, Object> conflict = new LinkedHashMap<>();
            conflict.put("error", "conflict");
            conflict.put("message", ClientText.clean(e.getMessage()));
            conflict.put("status", reanalysis.status());
            ctx.status(409).json(conflict);
            return;
        }
        audit.record(new AuditEvent(0, clock.instant(), caller.account(), AuditAction.REANALYSIS_STARTED, "articles",
                started.total() + " stored articles", caller.address()));
        ctx.status(202).json(started);
    }
}
