package org.presswatch.analysis.language;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * OpenNLP's language-detection model asked the way {@link LanguageDetectorME#predictLanguage}
 * asks it, with the same features, found and weighed several times faster.
 *
 * <p>The model's features are the distinct character 1-, 2- and 3-grams of the normalized,
 * lower-cased text, each of value 1, and its answer the softmax of the summed weights of those
 * features. {@code LanguageDetectorME} counts every n-gram in a map of {@code CharBuffer}s,
 * copies the map, makes a string of each key and looks each string up in the model: two thirds
 * of an article's whole analysis. Here each n-gram is a number (its length and up to three UTF-16
 * units), looked up in a table of the model's n-grams built once, and each feature found is
 * weighed the first time it occurs. The normalization ({@link LanguageModelText}) and the
 * lower-casing (code point by code point, as OpenNLP's {@code StringUtil} does) are the default
 * factory's, so the answer is the same: {@code CharGramDetectorTest} compares the two.
 *
 * <p>Thread-safe: the tables are built in the constructor and only read afterwards.
 */
final class CharGramDetector {
    private static final int MAX_GRAM = 3;

    private final String[] outcomes;
    /** The log of the uniform prior, every outcome's starting sum in OpenNLP's GIS model. */
    private final double logPrior;
    /** Open addressing: the codes of the model's n-grams of up to three units, 0 for an empty slot. */
    private final long[] codes;
    private final Context[] weights;
    private final int mask;

    /**
     * @throws IllegalArgumentException when the model is not a GIS model whose features come from
     *     OpenNLP's default feature generator, the ones this class reproduces
     */
    CharGramDetector(LanguageDetectorModel model) {
        if (model.getFactory().getClass() != LanguageDetectorFactory.class || !(model.getMaxentModel() instanceof GISModel gis)) {
            throw new IllegalArgumentException("the language model is a " + model.getMaxentModel().getClass().getName()
                    + " on features of " + model.getFactory().getClass().getName() + ", not a GIS model on the features of OpenNLP's "
                    + LanguageDetectorFactory.class.getName());
        }
        Object[] data = gis.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        this.outcomes = ((String[]) data[2]).clone();
        this.logPrior = StrictMath.log(1.0 / outcomes.length);
        int slots = Integer.highestOneBit(Math.max(16, predicates.size() * 3));
        this.codes = new long[slots];
        this.weights = new Context[slots];
        this.mask = slots - 1;
        predicates.forEach((gram, context) -> {
            if (!gram.isEmpty() && gram.length() <= MAX_GRAM) {
                long code = code(gram);
                int slot = slotOf(code);
                codes[slot] = code;
                weights[slot] = context;
            }
        });
    }

    /** The most probable language and its probability; of equally probable ones, the model's first. */
    Language best(CharSequence text) {
        char[] chars = lowerCase(LanguageModelText.normalize(text));
        double[] sums = new double[outcomes.length];
        Arrays.fill(sums, logPrior);
        long[] weighed = new long[(codes.length + 63) / 64];
        for (int start = 0; start < chars.length; start++) {
            long code = 0;
            for (int length = 1; length <= MAX_GRAM && start + length <= chars.length; length++) {
                code = (code & 0xFFFF_FFFF_FFFFL) << 16 | chars[start + length - 1];
                int slot = slotOf(code | (long) length << 16 * length);
                Context context = weights[slot];
                if (context != null && (weighed[slot >>> 6] & 1L << slot) == 0) {
                    weighed[slot >>> 6] |= 1L << slot;
                    int[] outcomeIds = context.getOutcomes();
                    double[] parameters = context.getParameters();
                    for (int i = 0; i < outcomeIds.length; i++) {
                        sums[outcomeIds[i]] += parameters[i];
                    }
                }
            }
        }
        double total = 0;
        for (int i = 0; i < sums.length; i++) {
            sums[i] = StrictMath.exp(sums[i]);
            total += sums[i];
        }
        int best = 0;
        for (int i = 1; i < sums.length; i++) {
            if (sums[i] > sums[best]) {
                best = i;
            }
        }
        return new Language(outcomes[best], sums[best] / total);
    }

    /** The languages the model tells apart, as it names them (ISO 639-3 codes, mostly). */
    java.util.List<String> outcomes() {
        return java.util.List.of(outcomes);
    }

    /** The slot of a code in the table: its own when the model has the n-gram, else an empty one. */
    private int slotOf(long code) {
        int slot = (int) mix(code) & mask;
        while (codes[slot] != 0 && codes[slot] != code) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long mix(long code) {
        long h = code * 0x9E37_79B9_7F4A_7C15L;
        return h ^ h >>> 29;
    }

    /** An n-gram of one to three units as a number: its length above its units, so that no code is 0. */
    static long code(CharSequence gram) {
        long code = 0;
        for (int i = 0; i < gram.length(); i++) {
            code = code << 16 | gram.charAt(i);
        }
        return code | (long) gram.length() << 16 * gram.length();
    }

    /** Lower-cased code point by code point, as OpenNLP's feature generator does. */
    private static char[] lowerCase(CharSequence text) {
        char[] out = new char[text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            length += Character.toChars(Character.toLowerCase(cp), out, length);
        }
        // OpenNLP reads its buffer to its capacity, the text's length, whatever the lower-casing left
        return out;
    }
}
