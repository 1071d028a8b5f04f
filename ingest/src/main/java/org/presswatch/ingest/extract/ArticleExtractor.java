package org.presswatch.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.presswatch.ingest.url.UrlCanonicalizer;

/**
 * Extracts an article from its HTML page: title, body text with paragraph breaks, publication
 * time, byline, declared language, canonical URL and lead image, with navigation, comments,
 * related links, share bars, cookie notices and ads left out.
 *
 * <p>Takes the page's bytes, the Content-Type header (for its charset; null when unknown) and the
 * URL it was fetched from; does no I/O. The charset is taken from the header, else from a byte
 * order mark or {@code <meta charset>}, else UTF-8. Text is returned in Unicode NFC, because
 * Vietnamese sites mix composed and decomposed diacritics. Stateless and thread-safe.
 */
public final class ArticleExtractor {

    /**
     * @throws IOException when the bytes cannot be decoded as a page at all
     */
    public ExtractedArticle extract(byte[] html, String contentType, URI url) throws IOException {
        String charset = charsetOf(contentType).map(Charset::name).orElse(null);
        Document doc = Jsoup.parse(new ByteArrayInputStream(html), charset, url.toString());
        return extract(doc, url);
    }

    /** Extracts from a page already decoded to text. */
    public ExtractedArticle extract(String html, URI url) {
        return extract(Jsoup.parse(html, url.toString()), url);
    }

    private ExtractedArticle extract(Document doc, URI url) {
        PageMetadata meta = new PageMetadata(doc);
        ZoneId zone = meta.zone();
        String title = nfc(meta.title().or(() -> headline(doc)).or(meta::documentTitle).orElse(""));
        Instant published = meta.published(zone)
                .or(() -> visibleDate(doc, zone))
                .or(() -> PublicationDates.fromUrl(url.toString(), zone))
                .orElse(null);

        Element body = doc.body().clone();
        List<String> paragraphs = MainContent.paragraphs(body);
        if (!paragraphs.isEmpty() && nfc(paragraphs.get(0)).equals(title)) {
            paragraphs = paragraphs.subList(1, paragraphs.size());
        }
        String text = nfc(String.join("\n\n", paragraphs));
        URI canonical = meta.canonicalUrl().or(() -> UrlCanonicalizer.canonicalize(url)).orElse(url);
        return new ExtractedArticle(title, text, published, meta.author().map(ArticleExtractor::nfc).orElse(null),
                meta.language().orElse(null), canonical, meta.imageUrl().orElse(null));
    }

    private static Optional<String> headline(Document doc) {
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        return h1 == null || h1.text().isBlank() ? Optional.empty() : Optional.of(h1.text().strip());
    }

    /** A date printed near the headline, in elements whose class or id says date or time. */
    private static Optional<Instant> visibleDate(Document doc, ZoneId zone) {
        for (Element time : doc.select("time[datetime]")) {
            Optional<Instant> parsed = PublicationDates.parseMachine(time.attr("datetime"), zone);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        for (Element el : doc.select("[class~=(?i)date|time|publish|posted], [id~=(?i)date|time|publish]")) {
            Optional<Instant> parsed = PublicationDates.parseDayFirst(el.text(), zone);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    private static Optional<Charset> charsetOf(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int at = contentType.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
        if (at < 0) {
            return Optional.empty();
        }
        String name = contentType.substring(at + 8).split(";")[0].trim().replace("\"", "");
        try {
            return Optional.of(Charset.forName(name));
        } catch (RuntimeException unknownCharset) {
            return Optional.empty();
        }
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
