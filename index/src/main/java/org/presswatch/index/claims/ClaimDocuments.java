package org.presswatch.index.claims;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.similarities.AfterEffectB;
import org.apache.lucene.search.similarities.BasicModelIne;
import org.apache.lucene.search.similarities.DFRSimilarity;
import org.apache.lucene.search.similarities.NormalizationH2;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.presswatch.core.model.LocalizedText;
import org.presswatch.core.model.Rebuttal;

/**
 * How a library entry is laid out in the claim index, which the writer and the matcher share: a
 * document per claim (its text, a line break, the entry's title) and a document per sentence
 * vector (its floats, stored), each with the entry's id. A retired entry has none.
 */
final class ClaimDocuments {
    static final String ID = "id";
    static final String TEXT = "text";
    static final String VECTOR = "vector";

    private ClaimDocuments() {}

    /** The word scoring of claims: divergence from randomness, which ranked CheckThat! claims best. */
    static Similarity similarity() {
        return new DFRSimilarity(new BasicModelIne(), new AfterEffectB(), new NormalizationH2());
    }

    /** The claims that are matched: none once the entry is retired. */
    static List<LocalizedText> live(Rebuttal entry) {
        return entry.status() == Rebuttal.Status.RETIRED ? List.of() : entry.claims();
    }

    /**
     * What of an entry is encoded: its claims and its title (which says the claim again). Claims
     * in every language are encoded, so that an English claim whose language was mistaken still
     * matches; one in another language just stays far from an English text.
     */
    static List<String> encodedSentences(Rebuttal entry) {
        List<String> sentences = new ArrayList<>();
        live(entry).forEach(c -> sentences.add(c.text()));
        if (!sentences.isEmpty() && !entry.title().isBlank()) {
            sentences.add(entry.title());
        }
        return sentences;
    }

    /** The documents of an entry, given the vectors of its {@link #encodedSentences}. */
    static List<Document> of(Rebuttal entry, List<float[]> vectors) {
        List<Document> docs = new ArrayList<>();
        for (LocalizedText claim : live(entry)) {
            Document doc = new Document();
            doc.add(new StringField(ID, entry.id(), Field.Store.YES));
            doc.add(new TextField(TEXT, claim.text() + "\n" + entry.title(), Field.Store.YES));
            docs.add(doc);
        }
        for (float[] v : vectors) {
            Document doc = new Document();
            doc.add(new StringField(ID, entry.id(), Field.Store.YES));
            doc.add(new StoredField(VECTOR, toBytes(v)));
            docs.add(doc);
        }
        return docs;
    }

    /** The title in a claim document's text, which is the claim, a line break, and the title. */
    static String titleOf(String text) {
        return text.substring(text.lastIndexOf('\n') + 1);
    }

    static byte[] toBytes(float[] v) {
        ByteBuffer buffer = ByteBuffer.allocate(v.length * Float.BYTES);
        buffer.asFloatBuffer().put(v);
        return buffer.array();
    }

    static float[] fromBytes(BytesRef bytes) {
        float[] v = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).asFloatBuffer().get(v);
        return v;
    }
}
