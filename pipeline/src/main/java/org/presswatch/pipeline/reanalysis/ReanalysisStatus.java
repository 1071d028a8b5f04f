package org.presswatch.pipeline.reanalysis;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the re-analysis of the stored articles stands, as {@code GET /api/v1/reindex} gives it
 * and {@code presswatch reindex} draws it.
 *
 * @param state {@code idle} (none run since the start), {@code running}, {@code finished} or {@code failed}
 * @param total the articles stored when it started
 * @param done the articles analysed again so far
 * @param perSecond articles a second since it started
 * @param secondsLeft an estimate while it runs, else null
 * @param error why it failed, else null
 */
public record ReanalysisStatus(String state, long total, long done, Instant started, Instant finished, double perSecond,
                               Long secondsLeft, String error) {
    public static final ReanalysisStatus IDLE = new ReanalysisStatus("idle", 0, 0, null, null, 0, null, null);

    /** The figures of a run that started at {@code started} and has analysed {@code done} articles by {@code now}. */
    public static ReanalysisStatus of(String state, long total, long done, Instant started, Instant finished, Instant now, String error) {
        double seconds = Duration.between(started, finished == null ? now : finished).toMillis() / 1000.0;
        double rate = seconds <= 0 ? 0 : done / seconds;
        Long left = !"running".equals(state) || rate <= 0 ? null : (long) Math.ceil(Math.max(0, total - done) / rate);
        return new ReanalysisStatus(state, total, done, started, finished, Math.round(rate * 10) / 10.0, left, error);
    }

    public boolean running() {
        return "running".equals(state);
    }
}
