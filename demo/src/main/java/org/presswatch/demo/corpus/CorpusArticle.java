package org.presswatch.demo.corpus;

import java.util.List;
import org.presswatch.core.util.Validate;

/**
 * One article of the demo corpus, with the labels its writers gave it (the provinces it is
 * about and its topics), which tests use as ground truth.
 *
 * @param body paragraphs in order
 */
public record CorpusArticle(Outlet outlet, String slug, String section, String title, String lead, List<String> body,
                            String author, List<String> provinces, List<String> topics) {
    public CorpusArticle {
        Validate.notNull(outlet, "outlet");
        Validate.matches(slug, "[a-z0-9]+(-[a-z0-9]+)*", "slug");
        outlet.section(section);
        Validate.notBlank(title, "title");
        Validate.notBlank(lead, "lead");
        body = Validate.copyOf(body, "body");
        Validate.notBlank(author, "author");
        provinces = Validate.copyOf(provinces, "provinces");
        topics = Validate.copyOf(topics, "topics");
    }

    /** The path of the article page on its outlet's site. */
    public String path() {
        return "/" + section + "/" + slug + ".html";
    }

    public String url() {
        return "http://" + outlet.domain() + path();
    }

    /** Lead and body paragraphs joined as extracted text would be. */
    public String text() {
        return lead + "\n\n" + String.join("\n\n", body);
    }
}
