package org.presswatch.demo.pages;

import java.time.ZonedDateTime;
import java.util.List;
import org.presswatch.demo.corpus.CorpusArticle;
import org.presswatch.demo.corpus.Outlet;

/**
 * Everything an article page shows: the article, when it was published (in the outlet's zone),
 * and the outlet's other published stories for the related and most-read boxes.
 */
public record PageContext(CorpusArticle article, ZonedDateTime published, List<CorpusArticle> related,
                          List<CorpusArticle> mostRead) {
    Outlet outlet() {
        return article.outlet();
    }

    Chrome chrome() {
        return Chrome.of(article.outlet().language());
    }

    /** A stable number per article, so the same page always shows the same comments and ads. */
    int seed() {
        return Math.abs((article.outlet().id() + article.slug()).hashCode());
    }
}
