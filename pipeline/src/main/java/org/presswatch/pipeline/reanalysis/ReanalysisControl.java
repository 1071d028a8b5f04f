package org.presswatch.pipeline.reanalysis;

/**
 * The re-analysis of every stored article, as the API starts it ({@code POST /api/v1/reindex})
 * and reports it ({@code GET /api/v1/reindex}). The runtime that owns the index and the job
 * implements it; implementations are thread-safe and run one re-analysis at a time.
 */
public interface ReanalysisControl {
    /**
     * Starts a re-analysis and returns its first status.
     *
     * @throws IllegalStateException when one is running already
     */
    ReanalysisStatus start() throws Exception;

    /** The running or the last re-analysis, or {@link ReanalysisStatus#IDLE}. */
    ReanalysisStatus status() throws Exception;
}
