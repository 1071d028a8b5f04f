package org.presswatch.demo.pages;

import static org.presswatch.demo.pages.Html.escape;

import java.util.List;
import org.presswatch.demo.corpus.CorpusArticle;
import org.presswatch.demo.corpus.Outlet;
import org.presswatch.demo.feeds.FeedWriter;

/** An outlet's home page or section front: the latest published stories, newest first. */
public final class ListingPage {
    private ListingPage() {}

    /**
     * @param heading the section's name, or null for the home page
     */
    public static String render(Outlet outlet, String heading, List<CorpusArticle> stories) {
        Chrome chrome = Chrome.of(outlet.language());
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"" + outlet.language() + "\">\n<head><meta charset=\"utf-8\">"
                + "<title>" + escape(heading == null ? outlet.name() : heading + " - " + outlet.name()) + "</title>"
                + "<link rel=\"alternate\" type=\"" + FeedWriter.contentType(outlet.feed()).replaceFirst(";.*", "") + "\" title=\"" + escape(outlet.name()) + "\" href=\"" + outlet.feed().path() + "\">"
                + "</head>\n<body>\n<header><a href=\"/\">" + escape(outlet.name()) + "</a></header>\n<nav><ul>");
        for (Outlet.Section s : outlet.sections()) {
            out.append("<li><a href=\"/").append(s.slug()).append("/\">").append(escape(s.name())).append("</a></li>");
        }
        out.append("</ul></nav>\n<main><h1>").append(escape(heading == null ? chrome.home() : heading)).append("</h1>\n<ul class=\"stories\">");
        for (CorpusArticle a : stories) {
            out.append("<li><a href=\"").append(a.path()).append("\">").append(escape(a.title())).append("</a><p>")
                    .append(escape(a.lead())).append("</p></li>\n");
        }
        return out.append("</ul></main>\n<footer>").append(escape(String.format(chrome.footer(), outlet.name())))
                .append("</footer>\n</body>\n</html>\n").toString();
    }
}
