package org.presswatch.ingest.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jdom2.Document;
import org.presswatch.core.util.Validate;

/**
 * Parses RSS (0.9x, 1.0, 2.0) and Atom (0.3, 1.0) feeds with Rome, and XML sitemaps, sitemap
 * indexes and Google News sitemaps with crawler-commons. The format is recognised from the document
 * itself, not from the URL or content type.
 *
 * <p>A feed goes through five steps, each its own class: {@link FeedEncoding} decodes the bytes
 * (BOM, Content-Type charset, XML declaration, lenient fallbacks); {@link FeedMarkup} removes the
 * DOCTYPE (refusing external entities and entity-expansion bombs), turns HTML entities into
 * character references and drops characters XML forbids; {@link FeedDocuments} parses the XML with
 * DOCTYPEs disallowed, repairing a complete but malformed document once; {@link FeedTrees}
 * normalizes shapes Rome stumbles on (RSS without a channel, Atom outside its namespace...);
 * {@link RomeFeeds} reads Rome's model into a {@link ParsedFeed}, with {@link FeedText} and
 * {@link FeedDates}. No external entity or DTD is ever read.
 *
 * <p>Takes bytes, the Content-Type header and the document's URL; does no I/O. Items without a
 * usable http(s) link are skipped. Anything that is not a feed or sitemap presswatch can read is
 * a {@link FeedFormatException} naming the URL. Stateless and thread-safe.
 */
public final class FeedParser {
    private static final int SNIFF_BYTES = 2048;

    public ParsedFeed parse(byte[] body, String contentType, URI url) throws FeedFormatException {
        Validate.notNull(body, "body");
        Validate.notNull(url, "url");
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            return SitemapReader.read(body, contentType, url);
        }
        FeedEncoding.Decoded decoded = FeedEncoding.decode(body, contentType);
        try {
            Document document = FeedDocuments.parse(FeedDates.withMillisecondFractions(FeedMarkup.prepare(decoded.text())));
            return RomeFeeds.read(build(document), document, url, decoded.charset());
        } catch (FeedRefusal e) {
            throw new FeedFormatException(url, "not a readable RSS or Atom feed: " + e.getMessage(), e);
        }
    }

    private static SyndFeed build(Document document) throws FeedRefusal {
        try {
            return new SyndFeedInput().build(document);
        } catch (IllegalArgumentException e) {
            throw new FeedRefusal("Rome knows no RSS or Atom version with the root element <"
                    + document.getRootElement().getQualifiedName() + "> (" + e.getMessage() + ")", e);
        } catch (FeedException e) {
            throw new FeedRefusal(e.getMessage(), e);
        } catch (RuntimeException e) {
            // Rome's converters trip over some odd but well-formed documents; that is bad input, not a crash
            throw new FeedRefusal("Rome could not read it (" + e + ")", e);
        }
    }
}
