package org.presswatch.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.presswatch.demo.corpus.CorpusArticle;

/** What every article page must be, whatever its template: shared by the renderer and the server tests. */
public final class PageAssertions {
    private PageAssertions() {}

    public static String id(CorpusArticle a) {
        return a.outlet().id() + "/" + a.slug();
    }

    /** Checks the page and returns what the strict reader made of it. */
    public static MiniHtml.Parsed assertArticlePage(String html, CorpusArticle a) {
        String id = id(a) + " (" + a.outlet().template() + ")";
        MiniHtml.Parsed page = MiniHtml.parse(html);
        assertTrue(page.problems().isEmpty(), id + ": page is not well-formed HTML: " + page.problems());
        assertEquals(a.outlet().language(), page.tags("html").get(0).attr("lang"), id + ": <html lang> should be the outlet's language");

        List<MiniHtml.Tag> canonical = page.tags("link").stream().filter(t -> "canonical".equals(t.attr("rel"))).toList();
        assertEquals(1, canonical.size(), id + ": there should be exactly one <link rel=\"canonical\">");
        assertEquals(a.url(), canonical.get(0).attr("href"), id + ": the canonical link should be the article URL");

        assertEquals(List.of(a.title()), MiniHtml.texts(html, "h1"), id + ": the page should have one <h1>, the title");
        assertTrue(MiniHtml.texts(html, "title").get(0).startsWith(a.title()), id + ": <title> should start with the title");
        assertTrue(MiniHtml.texts(html, "p").contains(a.lead()), id + ": the lead should be a paragraph of the page");
        assertTrue(MiniHtml.unescape(html).contains(a.author()), id + ": the author should be named");

        List<String> blocks = MiniHtml.plainTexts(html, "p|h2");
        int from = 0;
        for (int i = 0; i < a.body().size(); i++) {
            String p = a.body().get(i);
            String expected = p.startsWith("## ") ? p.substring(3) : p;
            int at = blocks.subList(from, blocks.size()).indexOf(expected);
            assertTrue(at >= 0, id + ": body paragraph " + (i + 1) + " is missing from the page or out of order: "
                    + p.substring(0, Math.min(80, p.length())));
            from += at + 1;
        }

        assertFalse(page.tags("nav").isEmpty(), id + ": boilerplate: no <nav> menu");
        assertTrue(page.tags().stream().anyMatch(t -> "comments".equals(t.attr("id"))), id + ": boilerplate: no comments section");
        assertTrue(page.tags("a").stream().anyMatch(t -> "sponsored".equals(t.attr("rel"))), id + ": boilerplate: no ad");
        assertTrue(page.tags().stream().anyMatch(t -> "dialog".equals(t.attr("role"))), id + ": boilerplate: no cookie notice");
        assertFalse(page.tags("footer").isEmpty(), id + ": boilerplate: no <footer>");
        return page;
    }
}
