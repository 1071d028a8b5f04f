package org.presswatch.ingest.extract;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** One paragraph of extracted text and how much of it is link text. */
record Paragraph(String text, int linkChars) {
    private static final double MAX_LINK_SHARE = 0.5;

    static Paragraph of(Element el) {
        int links = 0;
        for (Element a : el.select("a")) {
            links += a.text().length();
        }
        return new Paragraph(el.text().strip(), links);
    }

    /** Body text, as opposed to a navigation line or a list of links that survived cleaning. */
    boolean isContent() {
        return !text.isEmpty() && linkChars <= text.length() * MAX_LINK_SHARE;
    }

    /** Accumulates text and inline elements that sit directly in a container, between blocks. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int linkChars;

        void text(String s) {
            text.append(s);
        }

        void element(Element inline) {
            boolean inLink = inline.tagName().equals("a");
            inline.traverse((node, depth) -> {
                if (node instanceof TextNode t) {
                    String s = t.text();
                    text.append(s);
                    if (inLink || t.parent() != null && ((Element) t.parent()).closest("a") != null) {
                        linkChars += s.strip().length();
                    }
                }
            });
        }

        void flushTo(List<Paragraph> out) {
            String collapsed = text.toString().replaceAll("\\s+", " ").strip();
            if (!collapsed.isEmpty()) {
                out.add(new Paragraph(collapsed, linkChars));
            }
            text.setLength(0);
            linkChars = 0;
        }
    }
}
