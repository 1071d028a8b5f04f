package org.presswatch.demo.pages;

import static org.presswatch.demo.pages.Html.escape;

import java.util.List;
import org.presswatch.demo.corpus.CorpusArticle;
import org.presswatch.demo.corpus.Outlet;

/**
 * The parts of a news page around the article, shared by all templates; each template passes
 * its own class names, as different sites name the same things differently.
 */
final class Boilerplate {
    private Boilerplate() {}

    static String head(PageContext ctx, String extra) {
        CorpusArticle a = ctx.article();
        Outlet o = ctx.outlet();
        String feedType = switch (o.feed()) {
            case RSS -> "application/rss+xml";
            case ATOM -> "application/atom+xml";
            case NEWS_SITEMAP -> "application/xml";
        };
        return """
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s - %s</title>
                <meta name="description" content="%s">
                <link rel="canonical" href="%s">
                <meta property="og:type" content="article">
                <meta property="og:site_name" content="%s">
                <meta property="og:title" content="%s">
                <meta property="og:url" content="%s">
                <meta property="og:image" content="http://%s/images/%s.jpg">
                <link rel="alternate" type="%s" title="%s" href="%s">
                <link rel="stylesheet" href="/static/site.css">
                %s
                <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
                </head>
                """.formatted(escape(a.title()), escape(o.name()), escape(a.lead()), a.url(), escape(o.name()), escape(a.title()),
                a.url(), o.domain(), a.slug(), feedType, escape(o.name()), o.feed().path(), extra);
    }

    static String navigation(PageContext ctx, String cls) {
        StringBuilder nav = new StringBuilder("<nav class=\"" + cls + "\"><ul><li><a href=\"/\">" + escape(ctx.chrome().home()) + "</a></li>");
        for (Outlet.Section s : ctx.outlet().sections()) {
            nav.append("<li><a href=\"/").append(s.slug()).append("/\">").append(escape(s.name())).append("</a></li>");
        }
        return nav.append("</ul><form class=\"search\" action=\"/search\"><input name=\"q\" placeholder=\"")
                .append(escape(ctx.chrome().search())).append("\"></form></nav>\n").toString();
    }

    static String cookieNotice(PageContext ctx, String cls) {
        return "<div class=\"" + cls + "\" role=\"dialog\"><p>" + escape(ctx.chrome().cookieNotice())
                + "</p><button>" + escape(ctx.chrome().accept()) + "</button></div>\n";
    }

    static String ad(PageContext ctx, String cls, int slot) {
        List<String> ads = ctx.chrome().ads();
        String text = ads.get(Math.floorMod(ctx.seed() + slot, ads.size()));
        return "<div class=\"" + cls + "\"><span class=\"label\">" + escape(ctx.chrome().advertisement())
                + "</span><a href=\"http://ads.example/click?slot=" + slot + "\" rel=\"sponsored\">" + escape(text) + "</a></div>\n";
    }

    static String shareBar(PageContext ctx, String cls) {
        String url = ctx.article().url();
        return "<div class=\"" + cls + "\"><span>" + escape(ctx.chrome().share()) + ":</span>"
                + " <a href=\"https://www.facebook.com/sharer/sharer.php?u=" + url + "\">Facebook</a>"
                + " <a href=\"https://zalo.me/share?url=" + url + "\">Zalo</a>"
                + " <a href=\"https://twitter.com/intent/tweet?url=" + url + "\">X</a>"
                + " <a href=\"mailto:?subject=" + escape(ctx.article().title()) + "\">Email</a></div>\n";
    }

    static String storyList(List<CorpusArticle> stories, String heading, String cls) {
        StringBuilder out = new StringBuilder("<section class=\"" + cls + "\"><h3>" + escape(heading) + "</h3><ul>");
        for (CorpusArticle s : stories) {
            out.append("<li><a href=\"").append(s.path()).append("\">").append(escape(s.title())).append("</a></li>");
        }
        return out.append("</ul></section>\n").toString();
    }

    static String comments(PageContext ctx, String cls) {
        Chrome c = ctx.chrome();
        int count = 2 + Math.floorMod(ctx.seed(), 3);
        StringBuilder out = new StringBuilder("<section class=\"" + cls + "\" id=\"comments\"><h3>" + escape(c.comments())
                + " (" + count + ")</h3>");
        for (int i = 0; i < count; i++) {
            out.append("<div class=\"comment-item\"><strong class=\"comment-author\">")
                    .append(escape(c.commenters().get(Math.floorMod(ctx.seed() + i, c.commenters().size()))))
                    .append("</strong><p>").append(escape(c.commentPool().get(Math.floorMod(ctx.seed() / 7 + i, c.commentPool().size()))))
                    .append("</p><a href=\"#reply\" class=\"reply\">Reply</a></div>");
        }
        return out.append("<form class=\"comment-form\"><textarea></textarea><button>OK</button></form></section>\n").toString();
    }

    static String newsletter(PageContext ctx, String cls) {
        return "<div class=\"" + cls + "\"><p>" + escape(ctx.chrome().newsletter()) + "</p><form><input type=\"email\"><button>"
                + escape(ctx.chrome().subscribe()) + "</button></form></div>\n";
    }

    static String footer(PageContext ctx, String cls) {
        return "<footer class=\"" + cls + "\"><p>" + escape(String.format(ctx.chrome().footer(), ctx.outlet().name()))
                + "</p><p><a href=\"/about\">About</a> · <a href=\"/contact\">Contact</a> · <a href=\"/privacy\">Privacy</a></p></footer>\n";
    }

    /** The body paragraphs with an in-article ad after the second one; "## " starts a subheading. */
    static String paragraphs(PageContext ctx, String adClass) {
        StringBuilder out = new StringBuilder();
        List<String> body = ctx.article().body();
        for (int i = 0; i < body.size(); i++) {
            String p = body.get(i);
            if (p.startsWith("## ")) {
                out.append("<h2>").append(escape(p.substring(3))).append("</h2>\n");
            } else {
                out.append("<p>").append(escape(p)).append("</p>\n");
            }
            if (i == 1) {
                out.append(ad(ctx, adClass, 7));
            }
        }
        return out.toString();
    }
}
