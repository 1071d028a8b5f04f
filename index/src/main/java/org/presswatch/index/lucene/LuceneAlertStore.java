package org.presswatch.index.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.presswatch.core.alert.AlertQuery;
import org.presswatch.core.alert.AlertStore;
import org.presswatch.core.json.Json;
import org.presswatch.core.model.Alert;
import org.presswatch.core.util.IoThreads;
import org.presswatch.core.util.Validate;
import org.presswatch.index.text.AlertFields;

/**
 * The embedded alert store: a small Lucene index in a directory of its own, one document an
 * alert, the alert kept whole as JSON beside the fields it is filtered and sorted by. Times are
 * kept to the nanosecond, which limits alerts to the years 1677 to 2262.
 *
 * <p>One instance owns the directory's write lock: a second open of the same directory fails with
 * an IOException naming it. Writes run on the store's one writer thread, never on the caller's
 * (an interrupt in the middle of Lucene's file I/O ruins the writer for good; an interrupted
 * caller gets an {@link java.io.InterruptedIOException} and its record still completes). That
 * thread looks the id up and adds the alert in one step, so of concurrent records of an id
 * exactly one wins, then commits and refreshes the reader: when {@link #record} returns the alert
 * is on disk and seen by {@link #get} and {@link #recent}. Alerts are rare, so a commit each costs
 * little. Reads run on the caller's thread, concurrently. Thread-safe; close it to release the
 * directory.
 */
public final class LuceneAlertStore implements AlertStore {
    private static final String ALERT = "alert";
    private static final Instant FIRST_NANO = Instant.ofEpochSecond(0, Long.MIN_VALUE);
    private static final Instant LAST_NANO = Instant.ofEpochSecond(0, Long.MAX_VALUE);
    private static final Sort NEWEST_FIRST = new Sort(new SortField(AlertFields.RAISED_AT, SortField.Type.LONG, true),
            new SortField(AlertFields.ID, SortField.Type.STRING));

    private final Path directory;
    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final IoThreads writerThread;

    /** Opens the store in {@code directory}, creating it when absent. */
    public LuceneAlertStore(Path directory) throws IOException {
        this.directory = Validate.notNull(directory, "directory");
        this.dir = FSDirectory.open(directory);
        IndexWriter opened = null;
        try {
            opened = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            this.searchers = new SearcherManager(opened, null);
        } catch (IOException e) {
            if (opened != null) {
                opened.rollback();
            }
            dir.close();
            // a LockObtainFailedException among them: another store holds the directory
            throw new IOException("cannot open the alert store in " + directory + ": " + e.getMessage(), e);
        }
        this.writer = opened;
        this.writerThread = IoThreads.of("the alert store in " + directory, "lucene-alerts-" + directory.getFileName(), 1);
    }

    @Override
    public boolean record(Alert alert) throws IOException {
        Validate.notNull(alert, "alert");
        return !recordAll(List.of(alert)).isEmpty();
    }

    /** One commit and one refresh for the whole list. */
    @Override
    public Set<String> recordAll(List<Alert> alerts) throws IOException {
        Validate.notNull(alerts, "alerts");
        Map<String, Document> docs = new LinkedHashMap<>();
        for (Alert alert : alerts) {
            Validate.notNull(alert, "alert");
            Validate.isTrue(!alert.raisedAt().isBefore(FIRST_NANO) && !alert.raisedAt().isAfter(LAST_NANO),
                    "the alert store keeps alerts raised from 1677 to 2262 only; alert %s was raised at %s", alert.id(), alert.raisedAt());
            docs.putIfAbsent(alert.id(), documentOf(alert));
        }
        if (docs.isEmpty()) {
            return Set.of();
        }
        return writerThread.call(() -> add(docs));
    }

    private static Document documentOf(Alert alert) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(AlertFields.ID, alert.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(AlertFields.ID, new BytesRef(alert.id())));
        doc.add(new StringField(AlertFields.KIND, alert.kind().name(), Field.Store.NO));
        if (alert.province() != null) {
            doc.add(new StringField(AlertFields.PROVINCE, alert.province(), Field.Store.NO));
        }
        if (alert.topic() != null) {
            doc.add(new StringField(AlertFields.TOPIC, alert.topic(), Field.Store.NO));
        }
        doc.add(new LongPoint(AlertFields.RAISED_AT, nanos(alert.raisedAt())));
        doc.add(new NumericDocValuesField(AlertFields.RAISED_AT, nanos(alert.raisedAt())));
        doc.add(new StoredField(ALERT, Json.mapper().writeValueAsBytes(alert)));
        return doc;
    }

    /** On the writer thread, the only one that adds: nothing can come between the look-ups and the adds. */
    private Set<String> add(Map<String, Document> docs) throws IOException {
        // the look-up sees every alert the writer holds, even one whose record failed after adding it
        searchers.maybeRefreshBlocking();
        Set<String> added = new LinkedHashSet<>();
        for (Map.Entry<String, Document> doc : docs.entrySet()) {
            if (search(new TermQuery(new Term(AlertFields.ID, doc.getKey())), 1).isEmpty()) {
                writer.addDocument(doc.getValue());
                added.add(doc.getKey());
            }
        }
        if (added.isEmpty()) {
            return added;
        }
        try {
            writer.commit();
        } catch (IOException | RuntimeException e) {
            // not kept, so that recording them again retries
            for (String id : added) {
                writer.deleteDocuments(new Term(AlertFields.ID, id));
            }
            throw e;
        }
        searchers.maybeRefreshBlocking();
        return added;
    }

    @Override
    public Optional<Alert> get(String id) throws IOException {
        Validate.notNull(id, "id");
        return search(new TermQuery(new Term(AlertFields.ID, id)), 1).stream().findFirst();
    }

    @Override
    public List<Alert> recent(AlertQuery query) throws IOException {
        Validate.notNull(query, "query");
        BooleanQuery.Builder filters = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER);
        if (query.province() != null) {
            filters.add(new TermQuery(new Term(AlertFields.PROVINCE, query.province())), Occur.FILTER);
        }
        if (query.kind() != null) {
            filters.add(new TermQuery(new Term(AlertFields.KIND, query.kind().name())), Occur.FILTER);
        }
        if (query.since() != null || query.until() != null) {
            long from = query.since() == null ? Long.MIN_VALUE : nanos(query.since());
            long until = query.until() == null ? Long.MAX_VALUE : nanos(query.until());
            long to = until == Long.MIN_VALUE || until == Long.MAX_VALUE ? until : until - 1;
            filters.add(LongPoint.newRangeQuery(AlertFields.RAISED_AT, from, to), Occur.FILTER);
        }
        return search(filters.build(), query.limit());
    }

    private List<Alert> search(Query query, int limit) throws IOException {
        return Searchers.with(searchers, searcher -> {
            StoredFields stored = searcher.storedFields();
            List<Alert> alerts = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, limit, NEWEST_FIRST).scoreDocs) {
                BytesRef json = stored.document(hit.doc).getBinaryValue(ALERT);
                alerts.add(Json.mapper().readValue(json.bytes, json.offset, json.length, Alert.class));
            }
            return alerts;
        });
    }

    @Override
    public long count() throws IOException {
        return Searchers.with(searchers, searcher -> searcher.getIndexReader().numDocs());
    }

    /** Nanoseconds since 1970, clamped to what a long holds (only a query's {@code since} or {@code until} can lie beyond). */
    private static long nanos(Instant t) {
        if (t.isBefore(FIRST_NANO)) {
            return Long.MIN_VALUE;
        }
        // wraps in between when t is before 1970, and wraps back: the result fits
        return t.isAfter(LAST_NANO) ? Long.MAX_VALUE : t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    /**
     * Closes the reader, the writer (everything is committed already) and the directory, on the
     * writer thread after any record in flight, also when the calling thread is interrupted.
     */
    @Override
    public void close() throws IOException {
        writerThread.close(() -> {
            try {
                searchers.close();
                writer.close();
            } finally {
                dir.close();
            }
        });
    }
}
