package org.presswatch.bench.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.presswatch.core.config.Durations;

/** The lines that {@code presswatch bench pipeline} prints for a result: a table, the ratios and where the time went. */
public final class PipelineReport {
    /** Of the plain loop's speed on one thread, the share the job should reach. */
    public static final double LOOP_TARGET = 0.7;
    /** Of the speed of bare Lucene writing the job's index, the share the job should reach. */
    public static final double BARE_TARGET = 0.5;

    private PipelineReport() {}

    public static List<String> lines(PipelineBenchmark.Result r) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%-24s %7s %11s %9s %9s %9s %7s", "side", "threads", "articles/s", "seconds", "articles",
                "index MB", "alerts"));
        for (Side s : r.sides()) {
            out.add(String.format(Locale.ROOT, "%-24s %7d %,11.1f %9.2f %,9d %9.1f %7s", s.name(), s.threads(), s.perSecond(), s.seconds(),
                    s.indexed(), s.indexBytes() / 1e6, s.alerts() < 0 ? "-" : String.valueOf(s.alerts())));
        }
        Side job = r.job();
        Side loop1 = r.loops().get(0);
        Side loopN = r.loops().get(r.loops().size() - 1);
        out.add(ratio("job / plain loop, 1 thread", job, loop1, String.format(Locale.ROOT, "target >= %.2f: %s", LOOP_TARGET,
                met(job, loop1, LOOP_TARGET))));
        if (loopN != loop1) {
            out.add(ratio("job / " + loopN.name(), job, loopN, "the loop at the job's parallelism"));
        }
        out.add(ratio("job / bare Lucene, same index", job, r.bare(), String.format(Locale.ROOT, "target >= %.2f: %s", BARE_TARGET,
                met(job, r.bare(), BARE_TARGET))));
        out.add(ratio("job / bare Lucene, title+text", job, r.bareTitleAndText(), "a smaller index: two fields, StandardAnalyzer; "
                + "for reference"));
        JobTimes t = r.jobTimes();
        out.add(String.format(Locale.ROOT, "job      %.1f s from execute() to the first page (local cluster start, operators opening), not counted;",
                t.startupNanos() / 1e9));
        out.add(String.format(Locale.ROOT, "         %.1f s from the last page read to everything committed, counted: the pages in flight, the wait "
                + "for the final checkpoint (one every %s) and the alerts it records", t.tailNanos() / 1e9, Durations.format(r.checkpointInterval())));
        out.add(String.format(Locale.ROOT, "         %,.1f articles/s from the first page to the last one read, that tail left out",
                job.indexed() / ((job.nanos() - t.tailNanos()) / 1e9)));
        out.add("job      tasks: " + String.join(" | ", t.tasks()));
        out.add(stages(loop1, r.stages()));
        return out;
    }

    private static String ratio(String name, Side ours, Side other, String note) {
        return String.format(Locale.ROOT, "ratio    %-32s %.2f (%s)", name, ours.perSecond() / other.perSecond(), note);
    }

    private static String met(Side ours, Side other, double target) {
        return ours.perSecond() / other.perSecond() >= target ? "met" : "missed";
    }

    private static String stages(Side loop, StageTimes s) {
        double perArticle = loop.indexed() * 1e6;
        return String.format(Locale.ROOT, "stages   %s, ms per article: extract %.2f (%s), dedup %.3f (%s), analyze %.2f (%s), "
                        + "index %.2f (%s), alerts %.2f (%s)", loop.name(),
                s.extract() / perArticle, share(s.extract(), s), s.dedup() / perArticle, share(s.dedup(), s), s.analyze() / perArticle,
                share(s.analyze(), s), s.index() / perArticle, share(s.index(), s), s.alerts() / perArticle, share(s.alerts(), s));
    }

    private static String share(long nanos, StageTimes s) {
        return String.format(Locale.ROOT, "%.0f%%", 100.0 * nanos / s.total());
    }
}
