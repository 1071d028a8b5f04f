package org.presswatch.index.claims;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns English sentences into vectors whose cosine says how close their meanings are, so that a
 * post saying "they let him walk out of Guantanamo and he went back to fighting" finds the claim
 * "released detainees re-engaged in terrorist activities" with few words in common. The model
 * is all-MiniLM-L6-v2, quantized, shipped inside its jar and run in-process by ONNX Runtime: no
 * network, no server. It was trained on English; other languages are matched by words alone.
 * The model is loaded when the first sentence is encoded (about a second), so an index that only
 * reads, or only meets other languages, never loads it. Thread-safe. Vectors have unit length.
 */
final class SentenceEncoder {
    /** Texts encoded per call to the model: large enough to use its batching, small enough for memory. */
    private static final int BATCH = 128;
    private volatile EmbeddingModel model;

    float[] encode(String text) {
        return encodeAll(List.of(text)).get(0);
    }

    List<float[]> encodeAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i += BATCH) {
            List<TextSegment> batch = new ArrayList<>();
            for (String text : texts.subList(i, Math.min(texts.size(), i + BATCH))) {
                // the model rejects an empty segment; a lone period encodes to a vector close to nothing
                batch.add(TextSegment.from(text.isBlank() ? "." : text));
            }
            model().embedAll(batch).content().forEach(e -> vectors.add(unit(e.vector())));
        }
        return vectors;
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    static double cosine(float[] unitA, float[] unitB) {
        double dot = 0;
        for (int i = 0; i < unitA.length; i++) {
            dot += unitA[i] * unitB[i];
        }
        return dot;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = v[i] * scale;
        }
        return u;
    }
}
