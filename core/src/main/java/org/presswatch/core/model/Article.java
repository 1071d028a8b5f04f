package org.presswatch.core.model;

import java.net.URI;
import java.time.Instant;
import org.presswatch.core.util.Hashes;
import org.presswatch.core.util.Validate;

/**
 * A published news article as fetched and extracted, before analysis.
 *
 * <p>The id is derived from the canonical URL, so the same article reached through two URLs
 * (tracking parameters, mobile host, feed redirect) is one article everywhere: in the
 * pipeline's deduplication and as the index's upsert key. The content hash covers the title and
 * text, so an edited article can be told from an unchanged one. {@link #of} derives both; the
 * constructor checks that the id is the canonical URL's, but only the form of the content hash:
 * hashing the whole text again for every copy and every deserialization cost the pipeline more
 * than its deduplication.
 *
 * @param url where the article was fetched
 * @param canonicalUrl the URL the publisher declares canonical, or {@code url} when it declares none
 * @param language ISO 639-1 code, or {@code und} when undetermined
 * @param published publication time, or null when the page does not say
 */
public record Article(
        String id,
        String sourceId,
        URI url,
        URI canonicalUrl,
        String title,
        String text,
        String language,
        Instant published,
        Instant fetched,
        String contentHash) {

    public static final String UNDETERMINED_LANGUAGE = "und";

    public Article {
        Validate.notBlank(id, "id");
        Validate.notBlank(sourceId, "sourceId");
        Validate.notNull(url, "url");
        Validate.notNull(canonicalUrl, "canonicalUrl");
        Validate.notNull(title, "title");
        Validate.notNull(text, "text");
        Validate.isTrue(!title.isBlank() || !text.isBlank(), "article %s has neither title nor text", url);
        Validate.matches(language, "[a-z]{2}|und", "language");
        Validate.notNull(fetched, "fetched");
        Validate.notNull(contentHash, "contentHash");
        Validate.isTrue(id.equals(idFor(canonicalUrl)), "id %s does not belong to canonical URL %s", id, canonicalUrl);
        Validate.isTrue(Hashes.isSha256Hex(contentHash), "contentHash of %s must be a SHA-256 in 64 lower-case hex digits, was %s", url,
                contentHash);
    }

    /** Builds an article, deriving its id and content hash. */
    public static Article of(String sourceId, URI url, URI canonicalUrl, String title, String text,
                             String language, Instant published, Instant fetched) {
        URI canonical = canonicalUrl == null ? url : canonicalUrl;
        return new Article(idFor(canonical), sourceId, url, canonical, title, text, language, published, fetched,
                contentHashOf(title, text));
    }

    /** The article id for a canonical URL: 128 bits of its SHA-256, as 32 hex digits. */
    public static String idFor(URI canonicalUrl) {
        Validate.notNull(canonicalUrl, "canonicalUrl");
        return Hashes.sha256Hex(canonicalUrl.toString()).substring(0, 32);
    }

    static String contentHashOf(String title, String text) {
        return Hashes.sha256Hex(title + '\n' + text);
    }

    public Article withLanguage(String newLanguage) {
        return new Article(id, sourceId, url, canonicalUrl, title, text, newLanguage, published, fetched, contentHash);
    }
}
