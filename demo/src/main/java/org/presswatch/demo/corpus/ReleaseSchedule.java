package org.presswatch.demo.corpus;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.presswatch.core.util.Hashes;
import org.presswatch.core.util.Validate;

/**
 * When each corpus article is published. A share of the corpus is the backlog, published over
 * the three days before the newsroom's epoch; the rest comes out one article per release
 * interval after it, so a running demo keeps receiving news. The order is a fixed shuffle of the
 * corpus, the same on every run: a newsroom restarted with the same epoch publishes exactly what
 * it had published, and continues. Times are whole seconds, as news sites print them.
 */
public final class ReleaseSchedule {
    static final Duration BACKLOG_SPAN = Duration.ofHours(72);

    /** An article and its publication time. */
    public record Release(CorpusArticle article, Instant at) {}

    private final List<Release> releases;

    public ReleaseSchedule(List<CorpusArticle> articles, Instant epoch, double backlogShare, Duration releaseInterval) {
        Validate.inRange(backlogShare, 0.0, 1.0, "backlogShare");
        Validate.isTrue(!releaseInterval.isNegative() && !releaseInterval.isZero(), "releaseInterval must be positive");
        epoch = epoch.truncatedTo(ChronoUnit.SECONDS);
        List<CorpusArticle> order = new ArrayList<>(articles);
        order.sort(Comparator.comparing(a -> Hashes.sha256Hex(a.outlet().id() + "/" + a.slug())));
        int backlog = (int) Math.round(order.size() * backlogShare);
        List<Release> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Instant at = i < backlog
                    ? epoch.minus(BACKLOG_SPAN).plus(BACKLOG_SPAN.multipliedBy(i).dividedBy(Math.max(1, backlog))).truncatedTo(ChronoUnit.SECONDS)
                    : epoch.plus(releaseInterval.multipliedBy(i - backlog + 1L));
            out.add(new Release(order.get(i), at));
        }
        this.releases = List.copyOf(out);
    }

    /** Every release, in publication order. */
    public List<Release> all() {
        return releases;
    }

    /** What is published at a moment, newest first. */
    public List<Release> publishedAt(Instant now) {
        List<Release> published = new ArrayList<>();
        for (Release r : releases) {
            if (!r.at().isAfter(now)) {
                published.add(r);
            }
        }
        published.sort(Comparator.comparing(Release::at).reversed());
        return published;
    }
}
