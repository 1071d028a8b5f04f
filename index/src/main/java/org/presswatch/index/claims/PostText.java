package org.presswatch.index.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readies a social-media post or a web text for matching: links are dropped (their letters
 * match nothing), hashtags and handles become words ("#AustralianFires" reads as "Australian
 * Fires", "@JoeBiden" as "Joe Biden"), and the signature an embedded tweet ends with ("(@handle)
 * March 24, 2019") loses its handle and date, which every post shares.
 */
final class PostText {
    private static final Pattern LINK = Pattern.compile("(?:https?://|pic\\.twitter\\.com/|www\\.)\\S+");
    private static final Pattern SIGNATURE_DATE = Pattern.compile(
            "\\(@\\w+\\)\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2},\\s+\\d{4}");
    private static final Pattern TAG = Pattern.compile("[#@](\\w+)");

    private PostText() {}

    static String normalize(String text) {
        String plain = SIGNATURE_DATE.matcher(LINK.matcher(text).replaceAll(" ")).replaceAll(" ");
        Matcher tag = TAG.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (tag.find()) {
            tag.appendReplacement(out, Matcher.quoteReplacement(" " + words(tag.group(1)) + " "));
        }
        tag.appendTail(out);
        return out.toString().replaceAll("[ \\t]+", " ").strip();
    }

    /** "AustralianFires" as "Australian Fires", "NYCPolice" as "NYC Police". */
    private static String words(String camel) {
        return camel.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2").replaceAll("(\\p{Lu}+)(\\p{Lu}\\p{Ll})", "$1 $2").replace('_', ' ');
    }
}
