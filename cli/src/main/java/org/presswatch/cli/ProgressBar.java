package org.presswatch.cli;

import java.util.Locale;
import org.presswatch.pipeline.reanalysis.ReanalysisStatus;

/**
 * A long job's progress on a terminal: a bar, the share done, the count, the rate and the time
 * left. On a terminal the line is redrawn in place; into a file or a pipe a line is written at
 * every tenth of the way, so a log stays short.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final String label;
    private final boolean terminal;
    private int lastTenth = -1;

    ProgressBar(String label, boolean terminal) {
        this.label = label;
        this.terminal = terminal;
    }

    /** Shows the status, if there is anything new to show. */
    void show(ReanalysisStatus status) {
        int tenth = (int) (share(status) * 10);
        if (terminal) {
            System.out.print("\r" + line(status) + "    ");
            System.out.flush();
        } else if (tenth > lastTenth) {
            System.out.println(line(status));
            lastTenth = tenth;
        }
    }

    /** Ends the bar's line on a terminal. */
    void end() {
        if (terminal) {
            System.out.println();
        }
    }

    String line(ReanalysisStatus s) {
        double share = share(s);
        int filled = (int) Math.round(share * WIDTH);
        String left = s.secondsLeft() == null ? "" : ", about " + duration(s.secondsLeft()) + " left";
        return String.format(Locale.ROOT, "%s [%s%s] %3d%%  %,d of %,d articles, %,.0f/s%s", label, "#".repeat(filled),
                ".".repeat(WIDTH - filled), Math.round(share * 100), s.done(), s.total(), s.perSecond(), left);
    }

    private static double share(ReanalysisStatus s) {
        return s.total() == 0 ? (s.running() ? 0 : 1) : Math.min(1, (double) s.done() / s.total());
    }

    static String duration(long seconds) {
        return seconds < 60 ? seconds + " s" : seconds < 3600 ? String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60)
                : String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
