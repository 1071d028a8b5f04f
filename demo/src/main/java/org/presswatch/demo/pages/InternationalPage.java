package org.presswatch.demo.pages;

import static org.presswatch.demo.pages.Html.escape;
import static org.presswatch.demo.pages.Html.jsonString;

/**
 * An international news site: schema.org NewsArticle in JSON-LD, the standfirst and byline in
 * the story header, a trending sidebar, a newsletter box and comments after the story.
 */
final class InternationalPage implements ArticlePage {
    @Override
    public String render(PageContext ctx) {
        var a = ctx.article();
        var o = ctx.outlet();
        String published = Dates.iso(ctx.published());
        String jsonLd = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":" + jsonString(a.title()) + ",\"description\":" + jsonString(a.lead())
                + ",\"datePublished\":\"" + published + "\",\"dateModified\":\"" + published + "\","
                + "\"inLanguage\":\"" + o.language() + "\",\"author\":[{\"@type\":\"Person\",\"name\":" + jsonString(a.author()) + "}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":" + jsonString(o.name()) + "},"
                + "\"mainEntityOfPage\":\"" + a.url() + "\",\"image\":[\"http://" + o.domain() + "/images/" + a.slug() + ".jpg\"]}</script>";
        return "<!DOCTYPE html>\n<html lang=\"" + o.language() + "\">\n" + Boilerplate.head(ctx, jsonLd)
                + "<body>\n" + Boilerplate.cookieNotice(ctx, "cookie-banner")
                + "<header class=\"masthead\"><a href=\"/\" class=\"brand\">" + escape(o.name()) + "</a></header>\n"
                + Boilerplate.navigation(ctx, "primary-nav")
                + "<div class=\"page-grid\">\n<main id=\"main-content\">\n<article class=\"story\">\n"
                + "<div class=\"story-header\"><p class=\"kicker\"><a href=\"/" + a.section() + "/\">" + escape(o.section(a.section()).name())
                + "</a></p>\n<h1 class=\"headline\">" + escape(a.title()) + "</h1>\n<p class=\"standfirst\">" + escape(a.lead())
                + "</p>\n<div class=\"byline\">" + escape(a.author()) + " · " + escape(Dates.human(ctx.published(), o.language()))
                + "</div></div>\n" + Boilerplate.shareBar(ctx, "share-buttons")
                + "<div class=\"story-body\">\n" + Boilerplate.paragraphs(ctx, "advert") + "</div>\n</article>\n"
                + Boilerplate.storyList(ctx.related(), ctx.chrome().related(), "related-stories")
                + Boilerplate.newsletter(ctx, "newsletter-signup") + Boilerplate.comments(ctx, "comments-section")
                + "</main>\n<aside class=\"rail\">" + Boilerplate.storyList(ctx.mostRead(), ctx.chrome().mostRead(), "trending")
                + Boilerplate.ad(ctx, "ad-slot", 2) + "</aside>\n</div>\n"
                + Boilerplate.footer(ctx, "site-footer") + "</body>\n</html>\n";
    }
}
