package org.presswatch.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter;
import org.presswatch.ingest.url.UrlCanonicalizer;

/**
 * Extracts an article from its HTML page: title, body text with paragraph breaks, publication
 * time, byline, declared language, canonical URL and lead image, with navigation, comments,
 * related links, share bars, cookie notices and ads left out.
 *
 * <p>Takes the page's bytes, the Content-Type header (for its charset; null when unknown) and the
 * URL it was fetched from; does no I/O. The charset is taken from a byte order mark, else from the
 * header, else from the page's {@code <meta>} declaration, else guessed from the bytes (see
 * {@link HtmlCharset}). Text is returned in Unicode NFC, because Vietnamese sites mix composed and
 * decomposed diacritics and windows-1258 pages decode to decomposed letters. Stateless and
 * thread-safe.
 */
public final class ArticleExtractor {
    /** The longest text searched for a visible publication date. */
    private static final int MAX_DATE_LINE = 400;

    /**
     * Extracts from a page's bytes, decoding them as {@link HtmlCharset} decides.
     *
     * @param contentType the Content-Type header the page was served with, or null
     * @throws IOException when jsoup fails to read the bytes; bytes that are malformed in their
     *         charset are decoded with replacement characters, not rejected
     */
    public ExtractedArticle extract(byte[] html, String contentType, URI url) throws IOException {
        HtmlCharset.Decision charset = HtmlCharset.of(html, contentType);
        // jsoup decodes while it parses, a little faster than decoding first; given a charset it ignores the page's <meta>
        Document doc = Jsoup.parse(new ByteArrayInputStream(html, charset.skip(), html.length - charset.skip()),
                charset.charset().name(), url.toString());
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

        List<String> paragraphs = Headline.dropRepeated(MainContent.paragraphs(doc.body(), meta.articleBody().orElse(null)),
                title, headline(doc).orElse(""));
        String text = nfc(String.join("\n\n", paragraphs));
        URI canonical = meta.canonicalUrl().or(() -> UrlCanonicalizer.canonicalize(url)).orElse(url);
        return new ExtractedArticle(title, text, published, meta.author().map(ArticleExtractor::nfc).orElse(null),
                meta.language().orElse(null), canonical, meta.imageUrl().orElse(null));
    }

    private static Optional<String> headline(Document doc) {
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        return h1 == null || h1.text().isBlank() ? Optional.empty() : Optional.of(h1.text().strip());
    }

    /**
     * A date printed on the page: the first {@code <time datetime>} that parses, else the first
     * element whose class or id says date, time or publish with a day-first date in its text.
     */
    private static Optional<Instant> visibleDate(Document doc, ZoneId zone) {
        for (Element time : doc.getElementsByTag("time")) {
            if (time.hasAttr("datetime")) {
                Optional<Instant> parsed = PublicationDates.parseMachine(time.attr("datetime"), zone);
                if (parsed.isPresent()) {
                    return parsed;
                }
            }
        }
        Instant[] found = new Instant[1];
        doc.filter((node, depth) -> {
            if (node instanceof Element el && el.attributesSize() > 0 && namesADate(el)) {
                // a date line is short: the text of a whole "timeline" or "publisher" section is not searched
                String text = el.text();
                Optional<Instant> parsed = text.length() > MAX_DATE_LINE
                        ? Optional.empty() : PublicationDates.parseDayFirst(text, zone);
                if (parsed.isPresent()) {
                    found[0] = parsed.get();
                    return NodeFilter.FilterResult.STOP;
                }
            }
            return NodeFilter.FilterResult.CONTINUE;
        });
        return Optional.ofNullable(found[0]);
    }

    private static boolean namesADate(Element el) {
        String names = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT);
        return names.contains("date") || names.contains("time") || names.contains("publish") || names.contains("posted");
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
