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
 *
 * <p>A schedule may also hold a spike: a pack of articles about one event (see
 * {@link Corpus#spike()}), released in their order one every {@link #SPIKE_INTERVAL} from a set
 * time after the epoch, on top of the regular releases, which it leaves as they are.
 */
public final class ReleaseSchedule {
    static final Duration BACKLOG_SPAN = Duration.ofHours(72);
    /** The time between two releases of a spike. */
    /** The time between two articles of the spike, unless the schedule is given another. */
    public static final Duration SPIKE_INTERVAL = Duration.ofSeconds(15);

    /** An article and its publication time. */
    public record Release(CorpusArticle article, Instant at) {}

    private final List<Release> releases;
    private final List<Release> spikeReleases;

    /** A schedule without a spike. */
    public ReleaseSchedule(List<CorpusArticle> articles, Instant epoch, double backlogShare, Duration releaseInterval) {
        this(articles, epoch, backlogShare, releaseInterval, List.of(), null);
    }

    /**
     * @param spike the articles of the spike, released in this order
     * @param spikeAfter when the first of them comes out, after the epoch (whole seconds count);
     *     null for no spike, in which case {@code spike} is not released
     */
    public ReleaseSchedule(List<CorpusArticle> articles, Instant epoch, double backlogShare, Duration releaseInterval,
                           List<CorpusArticle> spike, Duration spikeAfter) {
        this(articles, epoch, backlogShare, releaseInterval, spike, spikeAfter, SPIKE_INTERVAL);
    }

    /** @param spikeInterval the time between two articles of the spike */
    public ReleaseSchedule(List<CorpusArticle> articles, Instant epoch, double backlogShare, Duration releaseInterval,
                           List<CorpusArticle> spike, Duration spikeAfter, Duration spikeInterval) {
        Validate.notNull(spike, "spike");
        Validate.isTrue(spikeInterval != null && !spikeInterval.isNegative() && !spikeInterval.isZero(), "spikeInterval must be positive");
        Validate.isTrue(spikeAfter == null || !spikeAfter.isNegative(), "spikeAfter must not be negative");
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
        List<Release> surge = new ArrayList<>();
        if (spikeAfter != null) {
            Instant first = epoch.plus(spikeAfter).truncatedTo(ChronoUnit.SECONDS);
            for (int i = 0; i < spike.size(); i++) {
                surge.add(new Release(spike.get(i), first.plus(spikeInterval.multipliedBy(i))));
            }
            out.addAll(surge);
            out.sort(Comparator.comparing(Release::at));
        }
        this.releases = List.copyOf(out);
        this.spikeReleases = List.copyOf(surge);
    }

    /** Every release, in publication order (a spike's among the others, at their times). */
    public List<Release> all() {
        return releases;
    }

    /** The spike's releases, in publication order; empty without a spike. */
    public List<Release> spike() {
        return spikeReleases;
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
