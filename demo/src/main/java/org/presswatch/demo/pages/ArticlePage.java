package org.presswatch.demo.pages;

import org.presswatch.demo.corpus.Outlet;

/** Renders an article page in one of the newsroom's layout families. */
public interface ArticlePage {
    String render(PageContext ctx);

    static ArticlePage of(Outlet.Template template) {
        return switch (template) {
            case PORTAL -> new PortalPage();
            case CLASSIC -> new ClassicPage();
            case INTERNATIONAL -> new InternationalPage();
            case MAGAZINE -> new MagazinePage();
        };
    }
}
