package org.presswatch.analysis.topic.model;

import java.util.ArrayList;
import java.util.List;
import org.presswatch.analysis.text.ArticleText;
import org.presswatch.analysis.text.TextView;

/**
 * What the topic model reads of an article: the folded words and word pairs of the title and of
 * the start of the text. Word pairs carry Vietnamese meaning, which lives in two-syllable words
 * ("chủ quyền", "tôn giáo"), and Chinese, whose characters are words here (see
 * {@link TextView}). Only the start of the text is read: news puts its subject first, the
 * training articles are that long, and it bounds the cost on long articles. Numbers are left out.
 */
public final class TopicFeatures {
    /** Words of the text read after the title. */
    static final int TEXT_WORDS = 200;

    private TopicFeatures() {}

    public static String[] of(ArticleText article) {
        return of(article, "");
    }

    /** The features, each after the prefix: a model's contexts are built at once, not copied from the features. */
    static String[] of(ArticleText article, String prefix) {
        List<String> features = new ArrayList<>(2 * (article.title().size() + TEXT_WORDS));
        add(article.title(), article.title().size(), prefix, features);
        add(article.body(), TEXT_WORDS, prefix, features);
        return features.toArray(String[]::new);
    }

    private static void add(TextView field, int maxWords, String prefix, List<String> features) {
        String previous = null;
        for (int i = 0, n = Math.min(field.size(), maxWords); i < n; i++) {
            String word = field.foldedWord(i);
            if (isNumber(word)) {
                previous = null;
                continue;
            }
            features.add(prefix.isEmpty() ? word : prefix + word);
            if (previous != null) {
                features.add(prefix + previous + "_" + word);
            }
            previous = word;
        }
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
