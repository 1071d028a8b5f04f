package org.presswatch.analysis.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies the language of a text with Apache OpenNLP's language-detection model (103
 * languages), returning ISO 639-1 codes. The model is loaded once per process and shared by
 * every thread.
 */
public final class LanguageIdentifier {
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    private static final int SAMPLE_CHARS = 1500;
    /** Below this confidence the page's declared language, when there is one, is believed instead. */
    private static final double MIN_CONFIDENCE = 0.5;
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();
    /** Scripts the model does not know, each written by one language of the region. */
    private static final Map<Character.UnicodeScript, String> SCRIPT_LANGUAGES =
            Map.of(Character.UnicodeScript.KHMER, "km", Character.UnicodeScript.LAO, "lo");
    private static final LanguageDetectorModel MODEL = loadModel();

    private static final CharGramDetector DETECTOR = new CharGramDetector(MODEL);

    /** What {@link #identify} reads of an article: its title and the start of its text, without copying the rest. */
    public static String sample(String title, String text) {
        int room = Math.max(0, SAMPLE_CHARS - title.length() - 1);
        return title + "\n" + (text.length() > room ? text.substring(0, room) : text);
    }

    /**
     * @param declared the language the page or feed declares (ISO 639-1), or null
     * @return an ISO 639-1 code, or {@code und} when the text has too little to go on
     */
    public String identify(String text, String declared) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (!hasLetters(sample, 3)) {
            return declared != null ? declared : Languages.UNDETERMINED;
        }
        if (VietnameseLetters.isVietnamese(sample)) {
            return "vi";
        }
        String byScript = languageOfScript(sample);
        if (byScript != null) {
            return byScript;
        }
        Language best = DETECTOR.best(sample);
        String code = ISO3_TO_ISO1.getOrDefault(best.getLang(), Languages.UNDETERMINED);
        if (declared != null && (best.getConfidence() < MIN_CONFIDENCE || code.equals(Languages.UNDETERMINED))) {
            return declared;
        }
        return code;
    }

    /**
     * The language of a text written mostly in a script the model was not trained on and that
     * one language of the region writes (Khmer, Lao); null for any other text. The model, which
     * knows neither, would give its first language (Turkish) at chance level.
     */
    private static String languageOfScript(String sample) {
        int letters = 0;
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                String code = SCRIPT_LANGUAGES.get(Character.UnicodeScript.of(cp));
                if (code != null) {
                    counts.merge(code, 1, Integer::sum);
                }
            }
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() * 2 > letters) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * Every code {@link #identify} can give of its own: the model's languages and the scripts'
     * (a page's declared language aside), and {@code und}. {@link Languages#IDENTIFIED} lists them
     * without loading the model.
     */
    static java.util.SortedSet<String> identifiable() {
        java.util.SortedSet<String> codes = new java.util.TreeSet<>(SCRIPT_LANGUAGES.values());
        DETECTOR.outcomes().forEach(lang -> codes.add(ISO3_TO_ISO1.getOrDefault(lang, Languages.UNDETERMINED)));
        codes.add(Languages.UNDETERMINED);
        return codes;
    }

    private static LanguageDetectorModel loadModel() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_RESOURCE + " not found: is opennlp-models-langdetect on the classpath?");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language-detection model", e);
        }
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            map.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
        }
        // The model names macrolanguages and scripts by their individual codes.
        map.put("cmn", "zh");
        map.put("yue", "zh");
        map.put("zho", "zh");
        map.put("nob", "no");
        map.put("nno", "nn");
        map.put("pes", "fa");
        map.put("zsm", "ms");
        map.put("lvs", "lv");
        map.put("ekk", "et");
        // Locale.getISOLanguages() also lists the withdrawn codes in and iw, which sort after
        // id and he and would otherwise win.
        map.put("ind", "id");
        map.put("heb", "he");
        return Map.copyOf(map);
    }

    private static boolean hasLetters(String text, int wanted) {
        int found = 0;
        for (int i = 0; i < text.length() && found < wanted; i++) {
            found += Character.isLetter(text.codePointAt(i)) ? 1 : 0;
        }
        return found >= wanted;
    }
}
