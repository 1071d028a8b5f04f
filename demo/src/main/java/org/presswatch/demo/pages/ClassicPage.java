package org.presswatch.demo.pages;

import static org.presswatch.demo.pages.Html.escape;

/**
 * An older newspaper site: a table layout, the date in a {@code <time>} element beside the
 * byline, the lead in bold at the top of the body, a sidebar of most-read stories.
 */
final class ClassicPage implements ArticlePage {
    @Override
    public String render(PageContext ctx) {
        var a = ctx.article();
        var o = ctx.outlet();
        return "<!DOCTYPE html>\n<html lang=\"" + o.language() + "\">\n"
                + Boilerplate.head(ctx, "<meta name=\"keywords\" content=\"" + escape(o.section(a.section()).name()) + "\">")
                + "<body>\n<div id=\"wrapper\">\n<div id=\"header\"><a href=\"/\"><img src=\"/static/logo.png\" alt=\""
                + escape(o.name()) + "\"></a>" + Boilerplate.ad(ctx, "banner", 1) + "</div>\n"
                + Boilerplate.navigation(ctx, "menu")
                + "<table class=\"layout\"><tr><td class=\"main-col\">\n<div id=\"main\">\n"
                + "<h1 class=\"article-title\">" + escape(a.title()) + "</h1>\n"
                + "<div class=\"meta-line\"><time datetime=\"" + Dates.iso(ctx.published()) + "\">"
                + escape(Dates.human(ctx.published(), o.language())) + "</time> | <span class=\"byline\">" + escape(a.author())
                + "</span></div>\n"
                + "<div class=\"article-content\">\n<p class=\"lead\"><strong>" + escape(a.lead()) + "</strong></p>\n"
                + Boilerplate.paragraphs(ctx, "ad-inline") + "</div>\n"
                + Boilerplate.shareBar(ctx, "share-tools")
                + Boilerplate.storyList(ctx.related(), ctx.chrome().related(), "related-news")
                + Boilerplate.comments(ctx, "comments")
                + "</div>\n</td><td class=\"side-col\">\n"
                + Boilerplate.storyList(ctx.mostRead(), ctx.chrome().mostRead(), "most-read")
                + Boilerplate.ad(ctx, "ad-box", 2) + Boilerplate.newsletter(ctx, "newsletter-box")
                + "</td></tr></table>\n" + Boilerplate.footer(ctx, "footer") + Boilerplate.cookieNotice(ctx, "cookie-bar")
                + "</div>\n</body>\n</html>\n";
    }
}
