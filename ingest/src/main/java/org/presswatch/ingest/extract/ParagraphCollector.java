package org.presswatch.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Turns the chosen part of a page into paragraphs: every block element, and every run of text
 * between line breaks, gives one paragraph; inline markup stays in its line. Invisible elements
 * and furniture are skipped with their content. Iterative, so any depth of nesting is fine.
 */
final class ParagraphCollector implements NodeFilter {
    private final ContentScorer scores;
    private final List<Paragraph> out = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;

    private ParagraphCollector(ContentScorer scores) {
        this.scores = scores;
    }

    /** The paragraphs of the given elements, in order. */
    static List<Paragraph> collect(List<Element> parts, ContentScorer scores) {
        ParagraphCollector collector = new ParagraphCollector(scores);
        for (Element part : parts) {
            part.filter(collector);
            collector.flush();
        }
        return collector.out;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String s = t.getWholeText();
            text.append(s);
            if (linkDepth > 0) {
                linkChars += ContentScorer.visibleChars(s);
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element el)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (depth > 0 && (Boilerplate.isInvisible(el) || scores.isFurniture(el))) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = el.normalName();
        if (tag.equals("br")) {
            flush();
        } else if (tag.equals("a")) {
            linkDepth++;
        } else if (!ContentScorer.INLINE.contains(tag)) {
            flush();
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element el) {
            String tag = el.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (!ContentScorer.INLINE.contains(tag)) {
                flush();
            }
        }
        return FilterResult.CONTINUE;
    }

    private void flush() {
        String collapsed = collapseWhitespace(text);
        if (!collapsed.isEmpty()) {
            out.add(new Paragraph(collapsed, linkChars));
        }
        text.setLength(0);
        linkChars = 0;
    }

    /** Runs of whitespace, no-break spaces included, become one space; the ends are trimmed. */
    static String collapseWhitespace(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= '\u0080' && (c == '\u00A0' || c == '\u2007' || c == '\u202F' || Character.isWhitespace(c))) {
                space = b.length() > 0;
            } else if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
                // zero-width space, BOM and soft hyphen are invisible; kept, they would cut words in two for search
                continue;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
