package org.presswatch.index.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * What matching needs of every entry in memory: the unit vectors of its claims and title, and its
 * title, which names the claim to a reader of a match (1.5 KB an entry). Filled from the index and
 * kept current by its writer. Thread-safe: matches read it while the writer changes it.
 */
final class ClaimEntries {
    /** Entry id to the unit vectors of its claims and title. */
    private final Map<String, float[][]> vectors = new ConcurrentHashMap<>();
    private final Map<String, String> titles = new ConcurrentHashMap<>();

    /** The entries as the reader holds them. */
    static ClaimEntries of(IndexReader reader) throws java.io.IOException {
        ClaimEntries entries = new ClaimEntries();
        entries.reload(reader);
        return entries;
    }

    /** Reads every entry's claim vectors and title from the index as the reader sees it. */
    void reload(IndexReader reader) throws java.io.IOException {
        Map<String, List<float[]>> loaded = new HashMap<>();
        Map<String, String> loadedTitles = new HashMap<>();
        StoredFields stored = reader.storedFields();
        Bits live = MultiBits.getLiveDocs(reader);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            Document d = stored.document(doc);
            BytesRef bytes = d.getBinaryValue(ClaimDocuments.VECTOR);
            if (bytes != null) {
                loaded.computeIfAbsent(d.get(ClaimDocuments.ID), k -> new ArrayList<>()).add(ClaimDocuments.fromBytes(bytes));
            } else if (d.get(ClaimDocuments.TEXT) != null) {
                loadedTitles.put(d.get(ClaimDocuments.ID), ClaimDocuments.titleOf(d.get(ClaimDocuments.TEXT)));
            }
        }
        vectors.keySet().retainAll(loaded.keySet());
        loaded.forEach((id, list) -> vectors.put(id, list.toArray(float[][]::new)));
        titles.keySet().retainAll(loadedTitles.keySet());
        titles.putAll(loadedTitles);
    }

    /** An entry as just written: its vectors, and its title when it has live claims; none of either when it has none. */
    void put(String id, String title, List<float[]> entryVectors) {
        if (entryVectors.isEmpty()) {
            vectors.remove(id);
            titles.remove(id);
        } else {
            vectors.put(id, entryVectors.toArray(float[][]::new));
            titles.put(id, title);
        }
    }

    void clear() {
        vectors.clear();
        titles.clear();
    }

    /** The number of entries with at least one claim: every one has its claims' vectors. */
    int size() {
        return vectors.size();
    }

    Map<String, float[][]> vectors() {
        return vectors;
    }

    Map<String, String> titles() {
        return titles;
    }
}
