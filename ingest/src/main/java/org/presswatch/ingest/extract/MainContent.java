package org.presswatch.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds an article's body in a page and returns its paragraphs: the {@link ContentScorer} scores
 * every element by the prose it holds net of furniture, {@link ContainerChoice} picks the one
 * holding the article, siblings that continue it (the lead above the body, text split by an ad)
 * join it, and the {@link ParagraphCollector} reads them, leaving out furniture and link lists.
 * When the page states its article text in JSON-LD, the {@link ArticleBodyHint} may move the
 * choice up or down the tree. Reads the tree without changing it.
 */
final class MainContent {
    /** A page whose best element has less prose than this (non-space characters) has no article. */
    private static final int MIN_ARTICLE_CHARS = 25;
    /**
     * Siblings of these kinds join the chosen element when they hold any prose: the lead paragraph
     * above the body, a subheading, quote or list that a template put beside it.
     */
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "pre",
            "table", "dl");
    /** Other siblings join when they score at least this share of the chosen element: the body's second half after an ad. */
    private static final double SIBLING_SHARE = 0.1;
    /** No sibling with more link text than this joins: those are lists of other stories. */
    private static final double SIBLING_MAX_LINK_DENSITY = 0.3;

    private MainContent() {}

    /**
     * The body's paragraphs, in order, each a single line of normalized text.
     *
     * @param articleBody the article's text as the page states it in its metadata, a hint; null when it states none
     */
    static List<String> paragraphs(Element body, String articleBody) {
        List<String> texts = new ArrayList<>();
        for (Paragraph p : contentParagraphs(body, articleBody)) {
            texts.add(p.text());
        }
        return texts;
    }

    private static List<Paragraph> contentParagraphs(Element body, String articleBody) {
        ContentScorer scores = ContentScorer.score(body);
        ContentScorer.Box best = ContainerChoice.of(scores);
        if (best == null || best.score < MIN_ARTICLE_CHARS) {
            return List.of();
        }
        List<Paragraph> chosen = contentOf(withContinuingSiblings(best, scores), scores);
        ArticleBodyHint hint = ArticleBodyHint.of(articleBody);
        if (hint == null) {
            return chosen;
        }
        List<List<Element>> candidates = new ArrayList<>();
        ArticleBodyHint.addCandidates(best, candidates);
        List<List<Paragraph>> options = new ArrayList<>(List.of(chosen));
        List<String> texts = new ArrayList<>(List.of(join(chosen)));
        for (List<Element> candidate : candidates) {
            List<Paragraph> option = contentOf(candidate, scores);
            options.add(option);
            texts.add(join(option));
        }
        return options.get(hint.choose(texts));
    }

    private static List<Paragraph> contentOf(List<Element> parts, ContentScorer scores) {
        List<Paragraph> content = new ArrayList<>();
        for (Paragraph p : ParagraphCollector.collect(parts, scores)) {
            if (p.isContent()) {
                content.add(p);
            }
        }
        return content;
    }

    private static String join(List<Paragraph> paragraphs) {
        StringBuilder b = new StringBuilder();
        for (Paragraph p : paragraphs) {
            b.append(p.text()).append('\n');
        }
        return b.toString();
    }

    /** The best element and those of its siblings that read like part of the same article. */
    private static List<Element> withContinuingSiblings(ContentScorer.Box best, ContentScorer scores) {
        Element top = best.element;
        Element parent = top.parent();
        if (parent == null || best.parent == null) {
            return List.of(top);
        }
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                parts.add(sibling);
                continue;
            }
            ContentScorer.Box box = scores.box(sibling);
            if (box == null || box.furniture || box.score <= 0 || box.linkDensity() > SIBLING_MAX_LINK_DENSITY) {
                continue;
            }
            if (box.score >= SIBLING_SHARE * best.score || PARAGRAPH_TAGS.contains(sibling.normalName())) {
                parts.add(sibling);
            }
        }
        return parts;
    }
}
