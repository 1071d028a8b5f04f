package org.presswatch.ingest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds an article's body in a page and returns its paragraphs. Boilerplate is removed first
 * (navigation, comments, share bars, related links, ads, cookie notices: by element and by
 * class or id); then every paragraph scores its parent and grandparent by its length and
 * punctuation, the best-scoring container wins (discounted by its share of link text), and
 * siblings that look like part of the same article (the lead above the body) join it.
 * Works on a copy the caller gives it and may modify.
 */
final class MainContent {
    private static final String REMOVED_TAGS = "script, style, noscript, template, iframe, svg, canvas, form, button, "
            + "input, select, textarea, nav, footer, aside, figure, figcaption, dialog, [hidden], [aria-hidden=true], "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog]";
    /** Class or id words that mark boilerplate wherever they appear inside the name. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "comment|share|sharing|social|related|recommend|advert|sponsor|promo|cookie|consent|newsletter|subscri"
                    + "|breadcrumb|sidebar|widget|popup|modal|paywall|trending|most-?read|most-?viewed|read-?more|see-?also"
                    + "|xem-?them|tin-?lien-?quan|lien-?quan|binh-?luan|box-?tin|tags?-?list|author-?box|footer|navbar|menu|toolbar|pagination"
                    + "|pull-?quote|carousel|disqus");
    /** Class or id tokens that mark boilerplate only as whole words (ad, ads, nav, tags). */
    private static final Set<String> BOILERPLATE_TOKENS = Set.of("ad", "ads", "adv", "nav", "tags", "tag", "banner",
            "masthead", "hidden", "print", "rating", "byline", "dateline", "meta", "caption", "credit", "author", "signature",
            "kicker", "date", "breadcrumb");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s_-]+");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote", "li", "h2", "h3", "h4", "h5", "h6", "td", "dd");
    private static final Set<String> INLINE = Set.of("a", "span", "strong", "b", "em", "i", "u", "small", "sub", "sup",
            "mark", "abbr", "cite", "code", "q", "time", "font", "s", "del", "ins", "label", "bdi", "bdo", "img", "wbr", "br");
    private static final int MIN_PARAGRAPH_CHARS = 25;

    private MainContent() {}

    /** The body's paragraphs, in order, each a single line of normalized text. */
    static List<String> paragraphs(Element body) {
        body.select(REMOVED_TAGS).remove();
        removeBoilerplate(body);
        Element top = bestContainer(body);
        if (top == null) {
            return List.of();
        }
        List<Paragraph> collected = new ArrayList<>();
        for (Element part : withRelatedSiblings(top)) {
            collect(part, collected);
        }
        List<String> texts = new ArrayList<>();
        for (Paragraph p : collected) {
            if (p.isContent()) {
                texts.add(p.text());
            }
        }
        return texts;
    }

    private static void removeBoilerplate(Element body) {
        List<Element> doomed = new ArrayList<>();
        for (Element el : body.getAllElements()) {
            if (el != body && isBoilerplate(el)) {
                doomed.add(el);
            }
        }
        doomed.forEach(Element::remove);
    }

    private static boolean isBoilerplate(Element el) {
        String names = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        if (BOILERPLATE.matcher(names).find()) {
            return true;
        }
        for (String token : TOKEN_SPLIT.split(names)) {
            if (BOILERPLATE_TOKENS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static Element bestContainer(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, blockquote, td, div, section, article")) {
            String ownText = p.tagName().equals("div") || p.tagName().equals("section") || p.tagName().equals("article")
                    ? ownInlineText(p) : p.text();
            if (ownText.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + commas(ownText) + Math.min(ownText.length() / 100.0, 3);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, score / 2, Double::sum);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double score = e.getValue() * (1 - linkDensity(e.getKey()));
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /** The winner and those of its siblings that score well or read like prose. */
    private static List<Element> withRelatedSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                parts.add(sibling);
                continue;
            }
            String text = sibling.text();
            boolean prose = text.length() >= 80 && linkDensity(sibling) < 0.25
                    && (PARAGRAPHS.contains(sibling.tagName()) || sibling.select("p").size() > 0);
            if (prose) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private static void collect(Element el, List<Paragraph> out) {
        if (PARAGRAPHS.contains(el.tagName()) && !hasBlockChildren(el)) {
            out.add(Paragraph.of(el));
            return;
        }
        Paragraph.Builder inline = new Paragraph.Builder();
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode text) {
                inline.text(text.text());
            } else if (child instanceof Element e && INLINE.contains(e.tagName())) {
                if (e.tagName().equals("br")) {
                    inline.flushTo(out);
                } else {
                    inline.element(e);
                }
            } else if (child instanceof Element e) {
                inline.flushTo(out);
                collect(e, out);
            }
        }
        inline.flushTo(out);
    }

    private static boolean hasBlockChildren(Element el) {
        for (Element child : el.children()) {
            if (!INLINE.contains(child.tagName())) {
                return true;
            }
        }
        return false;
    }

    private static String ownInlineText(Element el) {
        StringBuilder text = new StringBuilder();
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.text());
            } else if (child instanceof Element e && INLINE.contains(e.tagName())) {
                text.append(e.text());
            }
        }
        return text.toString().strip();
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '。') {
                n++;
            }
        }
        return n;
    }

    static double linkDensity(Element el) {
        int total = el.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : el.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, links / (double) total);
    }
}
