package org.presswatch.analysis.language;

import java.util.List;

/**
 * The languages the analysis identifies, by the codes it gives articles: the ISO 639-1 codes of
 * the languages {@link LanguageIdentifier} tells apart, and {@code und} for a text it cannot
 * tell. (An article may also carry the language its page declares, when its text is too short
 * or too uncertain to identify.) Listed here so that whoever checks a code, such as the API's
 * language filter, need not load the model; a test keeps the list equal to the model's.
 */
public final class Languages {
    /** The code of a text whose language cannot be told. */
    public static final String UNDETERMINED = "und";

    /** In alphabetical order. */
    public static final List<String> IDENTIFIED = List.of(
            "af", "ar", "az", "ba", "be", "bg", "bn", "br", "bs", "ca", "ce", "cs", "cy", "da", "de", "el", "en", "eo", "es", "et",
            "eu", "fa", "fi", "fo", "fr", "fy", "ga", "gl", "gu", "he", "hi", "hr", "hu", "hy", "id", "is", "it", "ja", "jv", "ka",
            "kk", "km", "kn", "ko", "ky", "la", "lb", "li", "lo", "lt", "lv", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "ne", "nl",
            "nn", "no", "oc", "pa", "pl", "ps", "pt", "ro", "ru", "sa", "si", "sk", "sl", "so", "sq", "sr", "su", "sv", "sw", "ta",
            "te", "tg", "th", "tl", "tr", "tt", "uk", "und", "ur", "uz", "vi", "vo", "zh", "zu");

    private Languages() {}
}
