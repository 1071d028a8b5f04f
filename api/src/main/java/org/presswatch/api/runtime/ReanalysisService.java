package org.presswatch.api.runtime;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.presswatch.api.http.ReanalysisControl;
import org.presswatch.api.http.ReanalysisStatus;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.model.Source;
import org.presswatch.pipeline.reanalysis.Reanalysis;
import org.presswatch.pipeline.sink.IndexProvider;
import org.presswatch.core.util.Errors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link Reanalysis} over the configured index, one run at a time, and reports it: inside
 * {@code presswatch serve} beside the live job (the index is shared in the process), or on its
 * own from {@code presswatch reindex} when no presswatch is running. Closing cancels a run.
 */
public final class ReanalysisService implements ReanalysisControl, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReanalysisService.class);
    private final PresswatchConfig config;
    private final List<Source> sources;
    private final ArticleIndex index;
    private final IndexProvider forJobs;
    private final Clock clock;
    /** What this service opened itself and closes with itself, or null. */
    private final AutoCloseable owned;
    private Reanalysis run;
    private long total;
    private Instant started;
    private Instant finished;
    private String error;

    ReanalysisService(PresswatchConfig config, List<Source> sources, ArticleIndex index, IndexProvider forJobs, Clock clock) {
        this(config, sources, index, forJobs, clock, null);
    }

    private ReanalysisService(PresswatchConfig config, List<Source> sources, ArticleIndex index, IndexProvider forJobs, Clock clock,
                              AutoCloseable owned) {
        this.config = config;
        this.sources = List.copyOf(sources);
        this.index = index;
        this.forJobs = forJobs;
        this.clock = clock;
        this.owned = owned;
    }

    /**
     * A service over the configured index, opened by this process: {@code presswatch reindex}
     * when no presswatch is running. Closing it closes the index.
     */
    public static ReanalysisService openLocal(PresswatchConfig config, List<Source> sources) throws IOException {
        ConfiguredIndex index = ConfiguredIndex.open(config);
        return new ReanalysisService(config, sources, index.index(), index.forSinks(), Clock.systemUTC(), index);
    }

    @Override
    public synchronized ReanalysisStatus start() throws Exception {
        if (run != null && finished == null) {
            throw new IllegalStateException("a re-analysis is running already, started " + started);
        }
        total = index.count();
        started = clock.instant();
        finished = null;
        error = null;
        LOG.info("re-analysis of {} stored articles started", total);
        Reanalysis launched = Reanalysis.start(config, sources, forJobs);
        run = launched;
        launched.finished().whenComplete((count, failure) -> ended(launched, count, failure));
        return status();
    }

    private synchronized void ended(Reanalysis which, Long count, Throwable failure) {
        if (which != run) {
            return;
        }
        finished = clock.instant();
        if (failure != null) {
            error = Errors.rootMessage(failure);
            LOG.error("re-analysis failed after {} s", java.time.Duration.between(started, finished).toSeconds(), failure);
        } else {
            LOG.info("re-analysis finished: {} articles analysed again in {} s", count, java.time.Duration.between(started, finished).toSeconds());
        }
    }

    @Override
    public ReanalysisStatus status() throws Exception {
        Reanalysis current;
        long totalNow;
        Instant startedNow;
        Instant finishedNow;
        String errorNow;
        synchronized (this) {
            if (run == null) {
                return ReanalysisStatus.IDLE;
            }
            current = run;
            totalNow = total;
            startedNow = started;
            finishedNow = finished;
            errorNow = error;
        }
        // asked outside the lock: while the job runs the count comes from its tasks
        long done = current.done();
        String state = finishedNow == null ? "running" : errorNow == null ? "finished" : "failed";
        return ReanalysisStatus.of(state, Math.max(totalNow, done), done, startedNow, finishedNow, clock.instant(), errorNow);
    }

    @Override
    public synchronized void close() throws Exception {
        if (run != null && finished == null) {
            LOG.info("re-analysis cancelled: presswatch is stopping");
            run.cancel();
        }
        if (owned != null) {
            owned.close();
        }
    }
}
