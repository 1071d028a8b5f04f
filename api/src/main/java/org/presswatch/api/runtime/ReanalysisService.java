package org.presswatch.api.runtime;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.model.Source;
import org.presswatch.core.util.Errors;
import org.presswatch.pipeline.reanalysis.Reanalysis;
import org.presswatch.pipeline.reanalysis.ReanalysisControl;
import org.presswatch.pipeline.reanalysis.ReanalysisStatus;
import org.presswatch.pipeline.sink.IndexProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link Reanalysis} over the configured index, one run at a time, and reports it: inside
 * {@code presswatch serve} beside the live job (the index is shared in the process), or on its
 * own from {@code presswatch reindex} when no presswatch is running. An empty index finishes at
 * once, without a job. Closing cancels a run.
 */
public final class ReanalysisService implements ReanalysisControl, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReanalysisService.class);
    private final PresswatchConfig config;
    private final SourceList sources;
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

    /** The sources monitored, read only when there are articles to analyse again. */
    public interface SourceList {
        List<Source> read() throws IOException;
    }

    ReanalysisService(PresswatchConfig config, List<Source> sources, ArticleIndex index, IndexProvider forJobs, Clock clock) {
        this(config, () -> sources, index, forJobs, clock, null);
    }

    private ReanalysisService(PresswatchConfig config, SourceList sources, ArticleIndex index, IndexProvider forJobs, Clock clock,
                              AutoCloseable owned) {
        this.config = config;
        this.sources = sources;
        this.index = index;
        this.forJobs = forJobs;
        this.clock = clock;
        this.owned = owned;
    }

    /**
     * A service over the configured index, opened by this process: {@code presswatch reindex}
     * when no presswatch is running. Closing it closes the index.
     */
    public static ReanalysisService openLocal(PresswatchConfig config, SourceList sources) throws IOException {
        ConfiguredIndex index = ConfiguredIndex.open(config);
        return new ReanalysisService(config, sources, index.index(), index.forSinks(), Clock.systemUTC(), index);
    }

    @Override
    public synchronized ReanalysisStatus start() throws Exception {
        if (started != null && finished == null) {
            throw new IllegalStateException("a re-analysis is running already, started " + started);
        }
        long stored = index.count();
        List<Source> monitored = stored == 0 ? List.of() : sources.read();
        total = stored;
        started = clock.instant();
        finished = null;
        error = null;
        run = null;
        if (stored == 0) {
            finished = started;
            LOG.info("re-analysis: no stored article to analyse again");
            return status();
        }
        LOG.info("re-analysis of {} stored articles started", stored);
        Reanalysis launched = Reanalysis.start(config, monitored, forJobs);
        run = launched;
        launched.finished().whenComplete((count, failure) -> ended(launched, count, failure));
        return status();
    }

    private synchronized void ended(Reanalysis which, Long count, Throwable failure) {
        if (which != run) {
            return;
        }
        finished = clock.instant();
        long seconds = Duration.between(started, finished).toSeconds();
        if (failure != null) {
            error = Errors.rootMessage(failure);
            LOG.error("re-analysis failed after {} s", seconds, failure);
        } else {
            LOG.info("re-analysis finished: {} articles analysed again in {} s", count, seconds);
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
            if (started == null) {
                return ReanalysisStatus.IDLE;
            }
            current = run;
            totalNow = total;
            startedNow = started;
            finishedNow = finished;
            errorNow = error;
        }
        // asked outside the lock: while the job runs the count comes from its tasks
        long done = current == null ? 0 : current.done();
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
