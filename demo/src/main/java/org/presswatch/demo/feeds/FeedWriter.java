package org.presswatch.demo.feeds;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.presswatch.demo.corpus.Outlet;
import org.presswatch.demo.corpus.ReleaseSchedule.Release;

/** Writes an outlet's feed in its format: RSS 2.0, Atom 1.0 or a Google News sitemap. */
public final class FeedWriter {
    private FeedWriter() {}

    /** The feed listing these releases, newest first. */
    public static String write(Outlet outlet, List<Release> releases) {
        return switch (outlet.feed()) {
            case RSS -> rss(outlet, releases);
            case ATOM -> atom(outlet, releases);
            case NEWS_SITEMAP -> newsSitemap(outlet, releases);
        };
    }

    public static String contentType(Outlet.FeedFormat format) {
        return switch (format) {
            case RSS -> "application/rss+xml; charset=utf-8";
            case ATOM -> "application/atom+xml; charset=utf-8";
            case NEWS_SITEMAP -> "application/xml; charset=utf-8";
        };
    }

    private static String rss(Outlet o, List<Release> releases) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n")
                .append("<title>").append(xml(o.name())).append("</title>\n<link>").append(o.homepage()).append("</link>\n")
                .append("<description>").append(xml(o.name())).append("</description>\n<language>").append(o.language()).append("</language>\n");
        for (Release r : releases) {
            var a = r.article();
            out.append("<item>\n<title>").append(xml(a.title())).append("</title>\n<link>").append(a.url()).append("</link>\n")
                    .append("<guid isPermaLink=\"true\">").append(a.url()).append("</guid>\n")
                    .append("<description><![CDATA[<p>").append(cdata(htmlText(a.lead()))).append("</p>]]></description>\n")
                    .append("<pubDate>").append(at(o, r).format(DateTimeFormatter.RFC_1123_DATE_TIME)).append("</pubDate>\n</item>\n");
        }
        return out.append("</channel>\n</rss>\n").toString();
    }

    private static String atom(Outlet o, List<Release> releases) {
        String updated = releases.isEmpty() ? "1970-01-01T00:00:00Z" : iso(at(o, releases.get(0)));
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(o.language()).append("\">\n<title>").append(xml(o.name())).append("</title>\n<id>").append(o.homepage()).append("</id>\n")
                .append("<link href=\"").append(o.homepage()).append("\"/>\n<link rel=\"self\" href=\"").append(o.feedUrl()).append("\"/>\n")
                .append("<updated>").append(updated).append("</updated>\n");
        for (Release r : releases) {
            var a = r.article();
            out.append("<entry>\n<title>").append(xml(a.title())).append("</title>\n<id>tag:").append(o.domain()).append(",2025:")
                    .append(a.slug()).append("</id>\n<link rel=\"alternate\" href=\"").append(a.url()).append("\"/>\n")
                    .append("<published>").append(iso(at(o, r))).append("</published>\n<updated>").append(iso(at(o, r)))
                    .append("</updated>\n<author><name>").append(xml(a.author())).append("</name></author>\n")
                    .append("<summary>").append(xml(a.lead())).append("</summary>\n</entry>\n");
        }
        return out.append("</feed>\n").toString();
    }

    private static String newsSitemap(Outlet o, List<Release> releases) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        for (Release r : releases) {
            var a = r.article();
            out.append("<url>\n<loc>").append(a.url()).append("</loc>\n<news:news>\n<news:publication><news:name>").append(xml(o.name()))
                    .append("</news:name><news:language>").append(o.language()).append("</news:language></news:publication>\n")
                    .append("<news:publication_date>").append(iso(at(o, r))).append("</news:publication_date>\n")
                    .append("<news:title>").append(xml(a.title())).append("</news:title>\n</news:news>\n</url>\n");
        }
        return out.append("</urlset>\n").toString();
    }

    private static ZonedDateTime at(Outlet o, Release r) {
        return r.at().atZone(o.zone());
    }

    private static String iso(ZonedDateTime t) {
        return t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Plain text as HTML element content: only the characters that would be read as markup. */
    private static String htmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String cdata(String text) {
        return text.replace("]]>", "]]]]><![CDATA[>");
    }
}
