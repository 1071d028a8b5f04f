package org.presswatch.demo.pages;

import static org.presswatch.demo.pages.Html.escape;

/**
 * The layout of a big Vietnamese news portal: breadcrumb, the date in the Vietnamese style above
 * the headline, the lead as a separate paragraph before the body, related stories and reader
 * comments under it. No structured data.
 */
final class PortalPage implements ArticlePage {
    @Override
    public String render(PageContext ctx) {
        var a = ctx.article();
        var o = ctx.outlet();
        return "<!DOCTYPE html>\n<html lang=\"" + o.language() + "\">\n" + Boilerplate.head(ctx, "")
                + "<body>\n<div class=\"top-bar\"><span>Hotline: 1900 0000</span> <a href=\"/login\">Đăng nhập</a></div>\n"
                + "<header class=\"site-header\"><a class=\"logo\" href=\"/\">" + escape(o.name()) + "</a>"
                + Boilerplate.ad(ctx, "banner-top", 1) + "</header>\n"
                + Boilerplate.navigation(ctx, "main-menu")
                + "<div class=\"container\">\n<div class=\"col-left\">\n"
                + "<div class=\"breadcrumb\"><a href=\"/\">" + escape(ctx.chrome().home()) + "</a> › <a href=\"/" + a.section() + "/\">"
                + escape(o.section(a.section()).name()) + "</a></div>\n"
                + "<div class=\"detail-top\"><span class=\"date\">" + escape(Dates.portal(ctx.published(), ctx.chrome()))
                + "</span></div>\n"
                + "<h1 class=\"title-detail\">" + escape(a.title()) + "</h1>\n"
                + "<p class=\"description\">" + escape(a.lead()) + "</p>\n"
                + "<article class=\"fck_detail\">\n" + Boilerplate.paragraphs(ctx, "box-ads-inline")
                + "<p class=\"author_mail\" style=\"text-align:right\"><strong>" + escape(a.author()) + "</strong></p>\n</article>\n"
                + Boilerplate.shareBar(ctx, "social-share")
                + Boilerplate.storyList(ctx.related(), ctx.chrome().related(), "box-tinlienquan")
                + Boilerplate.comments(ctx, "box-binhluan")
                + "</div>\n<div class=\"col-right sidebar\">" + Boilerplate.ad(ctx, "ads-right", 2)
                + Boilerplate.storyList(ctx.mostRead(), ctx.chrome().mostRead(), "box-docnhieu") + "</div>\n</div>\n"
                + Boilerplate.footer(ctx, "footer") + Boilerplate.cookieNotice(ctx, "cookie-consent")
                + "</body>\n</html>\n";
    }
}
