package org.presswatch.index.lucene;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.presswatch.core.index.Bucket;
import org.presswatch.core.index.DateCount;
import org.presswatch.index.text.ArticleFields;

/**
 * Counts matching articles per period of their publication time, read from the doc values the
 * index keeps for sorting: no stored field is loaded, so it costs about as much as counting.
 */
final class PublishedHistogram extends SimpleCollector {
    private final Bucket bucket;
    private final ZoneId zone;
    private final Map<LocalDate, Long> counts = new TreeMap<>();
    private NumericDocValues published;

    private PublishedHistogram(Bucket bucket, ZoneId zone) {
        this.bucket = bucket;
        this.zone = zone;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        published = DocValues.getNumeric(context.reader(), ArticleFields.PUBLISHED);
    }

    @Override
    public void collect(int doc) throws IOException {
        if (published.advanceExact(doc)) {
            LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(published.longValue()), zone);
            counts.merge(bucket.start(day), 1L, Long::sum);
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Runs a histogram on every slice of the index and adds them up, empty periods in between included. */
    static final class Manager implements CollectorManager<PublishedHistogram, List<DateCount>> {
        private final Bucket bucket;
        private final ZoneId zone;

        Manager(Bucket bucket, ZoneId zone) {
            this.bucket = bucket;
            this.zone = zone;
        }

        @Override
        public PublishedHistogram newCollector() {
            return new PublishedHistogram(bucket, zone);
        }

        @Override
        public List<DateCount> reduce(Collection<PublishedHistogram> collectors) {
            TreeMap<LocalDate, Long> total = new TreeMap<>();
            collectors.forEach(c -> c.counts.forEach((start, n) -> total.merge(start, n, Long::sum)));
            List<DateCount> histogram = new ArrayList<>();
            if (total.isEmpty()) {
                return histogram;
            }
            for (LocalDate start = total.firstKey(); !start.isAfter(total.lastKey()); start = bucket.next(start)) {
                histogram.add(new DateCount(start, total.getOrDefault(start, 0L)));
            }
            return histogram;
        }
    }
}
