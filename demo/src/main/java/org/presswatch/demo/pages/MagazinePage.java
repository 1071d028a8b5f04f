package org.presswatch.demo.pages;

import static org.presswatch.demo.pages.Html.escape;

/**
 * A magazine-style site: Open Graph article times in the head, the lead as the body's first
 * paragraph, a pull quote, a recommendations carousel and a third-party comment box.
 */
final class MagazinePage implements ArticlePage {
    @Override
    public String render(PageContext ctx) {
        var a = ctx.article();
        var o = ctx.outlet();
        String iso = Dates.iso(ctx.published());
        String meta = "<meta property=\"article:published_time\" content=\"" + iso + "\">\n"
                + "<meta property=\"article:section\" content=\"" + escape(o.section(a.section()).name()) + "\">\n"
                + "<meta name=\"author\" content=\"" + escape(a.author()) + "\">";
        String quote = a.body().size() > 3 ? "<blockquote class=\"pullquote\">" + escape(firstSentence(a.body().get(2))) + "</blockquote>\n" : "";
        return "<!DOCTYPE html>\n<html lang=\"" + o.language() + "\">\n" + Boilerplate.head(ctx, meta)
                + "<body class=\"magazine\">\n<div class=\"promo-strip\">" + Boilerplate.ad(ctx, "promo", 1) + "</div>\n"
                + "<div id=\"site-top\"><a href=\"/\" class=\"logo\">" + escape(o.name()) + "</a>" + Boilerplate.navigation(ctx, "nav-main") + "</div>\n"
                + "<div class=\"page\">\n<div class=\"article-wrap\">\n"
                + "<div class=\"article-meta\"><a class=\"section-link\" href=\"/" + a.section() + "/\">" + escape(o.section(a.section()).name())
                + "</a> <span class=\"pubdate\">" + escape(Dates.human(ctx.published(), o.language())) + "</span></div>\n"
                + "<h1>" + escape(a.title()) + "</h1>\n"
                + "<div class=\"entry-content\">\n<p class=\"dropcap\">" + escape(a.lead()) + "</p>\n"
                + quote + Boilerplate.paragraphs(ctx, "ads-inarticle")
                + "<p class=\"signature\"><em>" + escape(a.author()) + "</em></p>\n</div>\n"
                + Boilerplate.shareBar(ctx, "social-buttons")
                + "<div class=\"recommend-carousel\">" + Boilerplate.storyList(ctx.related(), ctx.chrome().readMore(), "carousel") + "</div>\n"
                + "<div id=\"disqus_thread\" class=\"comments-area\">" + Boilerplate.comments(ctx, "comment-list") + "</div>\n"
                + "</div>\n<aside class=\"sidebar\">" + Boilerplate.storyList(ctx.mostRead(), ctx.chrome().mostRead(), "popular")
                + Boilerplate.ad(ctx, "sidebar-ad", 2) + "</aside>\n</div>\n"
                + Boilerplate.footer(ctx, "site-footer") + Boilerplate.cookieNotice(ctx, "gdpr-consent") + "</body>\n</html>\n";
    }

    private static String firstSentence(String paragraph) {
        int end = paragraph.indexOf(". ");
        return end > 0 ? paragraph.substring(0, end + 1) : paragraph;
    }
}
