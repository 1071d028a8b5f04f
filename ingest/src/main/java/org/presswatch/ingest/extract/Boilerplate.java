package org.presswatch.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, role, class and id say about it before its text is looked at: never
 * shown (scripts, templates, hidden), page furniture (navigation, comments, share bars, ads,
 * related links), the likely article body, or nothing.
 *
 * <p>Names are read word by word ({@code class="post-meta entry-meta"} has two words) and within
 * a word by keywords: most keywords count anywhere ({@code comments-area}), short ones only as a
 * whole part of the word ({@code ad} in {@code top-ad}, not in {@code load-more}), and some only
 * at its start or end ({@code meta} in {@code post-meta}, not in {@code hs_wrapper_meta_field}).
 * Words that merely label a post ({@code tag-travel}, {@code category-news}, {@code has-comments})
 * are ignored. Layout words that page wrappers carry as well ({@code has-sidebar}, {@code menu-open})
 * give only a {@link Verdict#WEAK} verdict, which the scorer may overrule.
 *
 * <p>An instance caches verdicts by name, since pages repeat the same class lists many times; it is
 * meant for one page and is not thread-safe.
 */
final class Boilerplate {

    /** What the markup says about an element. */
    enum Verdict {
        /** Nothing in particular. */
        NONE,
        /** Named like an article body's container. */
        CONTENT,
        /**
         * Layout words that wrappers carry too: furniture unless it reads mostly as prose or holds
         * a named article body, and even then the article may be chosen inside it.
         */
        WEAK,
        /** Furniture. */
        STRONG
    }

    /** Elements whose content is no text to read: never rendered (scripts, templates, media), or form controls and labels. */
    private static final Set<String> INVISIBLE_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "video", "audio", "map", "select", "option", "textarea", "input", "button",
            "head", "title", "meta", "link", "math", "dialog", "label", "legend");
    /** Semantic furniture: the HTML says what it is. */
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "figcaption", "menu");
    /** Semantic containers whose class names do not make them furniture. */
    private static final Set<String> CONTAINER_TAGS = Set.of("html", "body", "article");
    private static final Set<String> FURNITURE_ITEMPROPS = Set.of("author", "publisher", "comment", "breadcrumb", "creator");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "dialog", "alertdialog", "menu", "menubar", "search", "toolbar", "tablist", "alert");

    private static final int CONTENT = 1;
    private static final int STRONG = 2;
    private static final int WEAK = 4;
    /**
     * Keywords in the normalized form of a class word: lower case, every character other than a
     * letter or digit turned into '-', and a '-' added at both ends, so that "-ad-" is the whole
     * part "ad" and "-menu" a part that starts with "menu".
     */
    private static final Keywords KEYWORDS = new Keywords()
            .add(CONTENT, "article-body", "articlebody", "article-content", "articlecontent", "entry-content", "entrycontent",
                    "post-content", "postcontent", "post-body", "postbody", "story-body", "storybody", "story-content",
                    "storycontent", "content-body", "contentbody", "main-content", "maincontent", "blog-content", "blogcontent",
                    "post-text", "posttext", "article-text", "articletext", "fck-detail", "detail-content", "news-content",
                    "text-content", "rich-text", "richtext", "the-content", "thecontent", "single-content", "page-content",
                    "pagecontent", "field-body", "field--body", "field-name-body", "field--name-body")
            .add(STRONG, "comment", "disqus", "share-", "sharebar", "sharebuttons", "-shares-", "sharing", "sharethis",
                    "shareaholic", "addtoany", "social", "related", "recommend", "advert", "sponsor", "cookie", "consent", "gdpr",
                    "newsletter", "subscri", "breadcrumb", "popup", "modal", "paywall", "trending", "most-read", "mostread",
                    "most-viewed", "mostviewed", "most-popular", "mostpopular", "read-more", "readmore", "see-also", "seealso",
                    "xem-them", "xemthem", "lien-quan", "lienquan", "binh-luan", "binhluan", "tin-khac", "tinkhac", "docnhieu",
                    "doc-nhieu", "about-the-author", "abouttheauthor", "navbar", "toolbar", "pagination", "pull-quote",
                    "pullquote", "carousel", "byline", "post-meta", "postmeta", "entry-meta", "entrymeta", "article-meta",
                    "articlemeta", "signup", "sign-up", "skip-link", "skiplink", "screen-reader", "screenreader", "sr-only",
                    "visually-hidden", "visuallyhidden", "print-only", "banner-ad", "bannerad", "adsbygoogle", "prev-next",
                    "prevnext", "post-nav", "postnav", "nav-links", "navlinks", "next-post", "nextpost", "previous-post",
                    "previouspost", "wpcnt", "google-ad", "googlead",
                    "-ad-", "-ads-", "-adv-", "-advertisement-", "-nav-", "-dateline-", "-kicker-", "-signature-", "-promo-",
                    "-promotion-", "-noprint-", "-copyright-")
            .add(WEAK, "sidebar", "footer", "header-nav", "headernav", "header-top", "header-bar",
                    "masthead", "popular");
    /** Whole class words that hide an element or mark it as furniture. */
    private static final Set<String> STRONG_WORDS = Set.of("-hidden-", "-hide-", "-d-none-", "-invisible-", "-wp-caption-text-");
    /** Parts that mark furniture when they begin or end a class word. */
    private static final String[] EDGE_PARTS = {"-meta-", "-date-", "-tag-", "-tags-", "-caption-", "-credit-", "-credits-",
            "-author-", "-print-", "-rating-", "-categories-", "-category-", "-banner-", "-timestamp-"};
    /** Starts of class words that label a post (tag-travel, has-comments), ignored unless in LABEL_FURNITURE. */
    private static final String[] LABELS = {"-tag-", "-tags-", "-category-", "-categories-", "-cat-", "-author-", "-has-",
            "-format-", "-type-", "-status-", "-postid-", "-topic-", "-lang-"};
    /** Label-like words that do name a part of the page: tag-list, author-box. */
    private static final Set<String> LABEL_FURNITURE = labelFurniture();

    private final Map<String, Verdict> byNames = new HashMap<>();

    /**
     * Never rendered as text: skipped with everything inside. Inline styles are not read: what
     * they hide is mostly collapsed parts of the article (accordions, tabs, "read more"), while
     * hidden furniture is caught by its name.
     */
    static boolean isInvisible(Element el) {
        if (INVISIBLE_TAGS.contains(el.normalName())) {
            return true;
        }
        return el.attributesSize() > 0 && el.hasAttr("hidden") && !isStreamedBoundary(el);
    }

    /**
     * React's streaming renderer sends late parts of a page in {@code <div hidden id="S:n">} for
     * a script to move into place: hidden in the HTML, shown in the browser.
     */
    private static boolean isStreamedBoundary(Element el) {
        String id = el.id();
        return id.length() > 2 && id.startsWith("S:") && el.normalName().equals("div");
    }

    /** What the element's tag, role, class and id say. */
    Verdict judge(Element el) {
        String tag = el.normalName();
        if (FURNITURE_TAGS.contains(tag)) {
            return Verdict.STRONG;
        }
        if (tag.equals("main")) {
            return Verdict.CONTENT;
        }
        if (tag.equals("form")) {
            // contact and sign-up forms; but ASP.NET pages wrap everything in one form, hence only weak
            return Verdict.WEAK;
        }
        if (el.attributesSize() == 0 || CONTAINER_TAGS.contains(tag)) {
            return Verdict.NONE;
        }
        String role = el.attr("role");
        if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return Verdict.STRONG;
        }
        String itemprop = el.attr("itemprop");
        if (!itemprop.isEmpty()) {
            if (itemprop.equalsIgnoreCase("articleBody")) {
                return Verdict.CONTENT;
            }
            if (FURNITURE_ITEMPROPS.contains(itemprop.toLowerCase(Locale.ROOT)) && !tag.equals("span") && !tag.equals("a")) {
                // author boxes, publisher blurbs and comments declared as such
                return Verdict.STRONG;
            }
        }
        String cls = el.attr("class");
        String id = el.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return Verdict.NONE;
        }
        return byNames.computeIfAbsent(cls + '#' + id, key -> judgeNames(cls + ' ' + id));
    }

    private static Verdict judgeNames(String names) {
        String[] words = names.toLowerCase(Locale.ROOT).trim().split("\\s+");
        String[] normalized = new String[words.length];
        int[] flags = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            normalized[i] = normalize(words[i]);
            flags[i] = KEYWORDS.flagsIn(normalized[i]);
            if ((flags[i] & CONTENT) != 0) {
                return Verdict.CONTENT;
            }
        }
        Verdict verdict = Verdict.NONE;
        for (int i = 0; i < words.length; i++) {
            String word = normalized[i];
            if (word.length() <= 2) {
                continue;
            }
            if (LABEL_FURNITURE.contains(word)) {
                return Verdict.STRONG;
            }
            if (isLabel(word)) {
                continue;
            }
            if ((flags[i] & STRONG) != 0 || STRONG_WORDS.contains(word) || hasEdgePart(word)) {
                return Verdict.STRONG;
            }
            if ((flags[i] & WEAK) != 0 || word.startsWith("-widget") || word.startsWith("-menu") || word.endsWith("menu-")) {
                verdict = Verdict.WEAK;
            }
        }
        return verdict;
    }

    /** "-" + the word with everything but letters and digits turned into "-" + "-". */
    private static String normalize(String word) {
        StringBuilder b = new StringBuilder(word.length() + 2).append('-');
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            b.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? c : '-');
        }
        return b.append('-').toString();
    }

    private static boolean isLabel(String word) {
        for (String label : LABELS) {
            if (word.startsWith(label) && word.length() > label.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasEdgePart(String word) {
        for (String part : EDGE_PARTS) {
            if (word.startsWith(part) || word.endsWith(part)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> labelFurniture() {
        Set<String> words = new java.util.HashSet<>();
        for (String label : new String[] {"tag", "tags", "author", "category", "categories"}) {
            for (String part : new String[] {"list", "links", "cloud", "box", "bio", "info", "card", "profile", "meta", "wrap",
                    "wrapper", "container", "area", "block", "avatar", "details", "name", "section", "mail"}) {
                words.add("-" + label + "-" + part + "-");
            }
        }
        return Set.copyOf(words);
    }
}
