package org.presswatch.demo;

import java.util.List;
import org.presswatch.demo.corpus.CorpusArticle;
import org.presswatch.demo.corpus.Outlet;

/** Hand-made outlets and articles whose text is full of characters that must be escaped. */
public final class TestArticles {
    public static final String OUTLET_NAME = "A&B \"News\" <Daily> l'écho";
    public static final String SECTION_NAME = "Law & <Order>";
    public static final String TITLE = "Tom & Jerry <script>alert(\"x\")</script> it's 5 > 3 & \"quoted\"";
    public static final String LEAD = "<b>bold</b> & \"double\" 'single' ]]> a < b; &amp; is not an entity here";
    public static final List<String> BODY = List.of(
            "First <p>paragraph</p> & more",
            "Second: a < b && c > d, \"q\" and 'a' &lt;",
            "## Sub <heading> & \"more\"",
            "Fourth with </script><script>alert(1)</script> and <!-- a comment -->",
            "Fifth, with a backslash \\ and a tab\t and Biển Đông, 南海.");
    public static final String AUTHOR = "O'Brien & <Co>";
    /** Fragments that may appear in a page only if the text above was not escaped. */
    public static final List<String> RAW_FRAGMENTS = List.of("<script>alert", "<b>bold", "<p>paragraph", "<heading>", "<Co>",
            "<Daily>", "<Order>", "<!-- a comment", "a < b", "&amp; is not");

    private TestArticles() {}

    public static Outlet outlet(String id, String language, Outlet.FeedFormat feed, Outlet.Template template) {
        return new Outlet(id, OUTLET_NAME, id + ".example", language, language.equals("vi") ? "VN" : "GB", List.of(), feed, template, 2,
                List.of(new Outlet.Section("law", SECTION_NAME), new Outlet.Section("news", "News")));
    }

    public static CorpusArticle hostile(Outlet outlet) {
        return new CorpusArticle(outlet, "hostile-chars", "law", TITLE, LEAD, BODY, AUTHOR, List.of("01"), List.of("sovereignty"));
    }

    public static CorpusArticle plain(Outlet outlet, String slug) {
        return new CorpusArticle(outlet, slug, "news", "Plain title " + slug, "Plain lead of " + slug + ".",
                List.of("One. Two.", "Three.", "Four. Five six.", "Seven."), "Jane Doe", List.of(), List.of());
    }
}
