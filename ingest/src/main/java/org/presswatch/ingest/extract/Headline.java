package org.presswatch.ingest.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recognizes the headline where it is repeated at the top of the body text, to leave it out:
 * the text is the article's body, and the title is reported on its own. The repeat may differ
 * from the title in case, spacing and Unicode normalization, and the title may carry the site's
 * name ("Headline - Site", "Headline | Site") where the page's heading does not.
 */
final class Headline {
    /** How many leading paragraphs are searched for the headline: a kicker or a date line may come first. */
    private static final int SEARCHED = 3;
    private static final String[] SITE_SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · "};

    private Headline() {}

    /**
     * The paragraphs without the first one, among the first few, that repeats the title or the
     * page's main heading.
     *
     * @param heading the text of the page's main heading ({@code h1}), or "" when it has none
     */
    static List<String> dropRepeated(List<String> paragraphs, String title, String heading) {
        List<String> forms = new ArrayList<>();
        for (String candidate : new String[] {title, siteless(title), heading}) {
            String key = key(candidate);
            if (!key.isEmpty()) {
                forms.add(key);
            }
        }
        for (int i = 0; i < Math.min(SEARCHED, paragraphs.size()); i++) {
            if (forms.contains(key(paragraphs.get(i)))) {
                List<String> rest = new ArrayList<>(paragraphs);
                rest.remove(i);
                return rest;
            }
        }
        return paragraphs;
    }

    /** The title without a trailing site name: what precedes the last separator, when something does. */
    static String siteless(String title) {
        int cut = -1;
        for (String separator : SITE_SEPARATORS) {
            cut = Math.max(cut, title.lastIndexOf(separator));
        }
        return cut > 0 ? title.substring(0, cut) : title;
    }

    private static String key(String text) {
        return Normalizer.normalize(ParagraphCollector.collapseWhitespace(text), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
