package org.presswatch.ingest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Scores every element of a page by how much article prose it holds, in one traversal.
 *
 * <p>Each block's own text (the text whose nearest block ancestor it is) counts for it when it
 * reads like prose, and against it when it is mostly link text (menus, lists of other stories).
 * An element's score is the sum of its blocks', except that page furniture (see
 * {@link Boilerplate}) counts against its ancestors with all its text. The element with the
 * highest score is then the smallest one that holds the article without the furniture around
 * it: adding a sidebar or a comment section to it can only lower the sum. {@link ContainerChoice}
 * makes the choice; the scores stay available for merging siblings and collecting text.
 */
final class ContentScorer {
    /** Tags that continue the line of text they sit in; everything else starts a block. */
    static final Set<String> INLINE = Set.of("a", "span", "strong", "b", "em", "i", "u", "small", "sub", "sup",
            "mark", "abbr", "cite", "code", "q", "time", "font", "s", "strike", "del", "ins", "label", "bdi", "bdo", "img",
            "wbr", "br", "picture", "source", "var", "kbd", "samp", "dfn", "data", "tt", "big", "nobr");
    /** Headings are part of an article but say nothing about where it is: the title is one. */
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Blocks shorter than this (in non-space characters) neither help nor hurt: dates, labels, buttons. */
    private static final int SHORT_BLOCK = 10;
    /** A block with a larger share of link text is navigation, a list of other stories, not prose. */
    private static final double MAX_LINK_SHARE = 0.5;
    /**
     * An element with a layout name ({@link Boilerplate.Verdict#WEAK}) is furniture unless at
     * least this share of its text reads as prose: a sidebar of links is furniture, a text widget
     * or a misnamed paragraph ({@code class="contextmenu"}) is not.
     */
    private static final double WEAK_PROSE_SHARE = 0.7;

    /** What the traversal learns about one element. */
    static final class Box {
        final Element element;
        final Box parent;
        /** What its tag and names say. */
        final Boilerplate.Verdict verdict;
        /** Starts a block of text, as opposed to continuing its parent's line. */
        final boolean block;
        /** Non-space characters of text inside it, and those inside links. */
        int chars;
        int linkChars;
        /** The same for the text whose nearest block it is. */
        int ownChars;
        int ownLinkChars;
        /** It or a descendant is named like an article body's container, or is {@code <main>}. */
        boolean holdsContentMarker;
        /** Judged page furniture: skipped when collecting text. */
        boolean furniture;
        /** Prose minus link lists and furniture, over the whole subtree. */
        double score;
        /** The child block with the highest score, outside furniture; null when none scores above 0. */
        Box strongestChild;

        Box(Element element, Box parent, boolean block, Boilerplate.Verdict verdict) {
            this.element = element;
            this.parent = parent;
            this.block = block;
            this.verdict = verdict;
            this.holdsContentMarker = verdict == Boilerplate.Verdict.CONTENT;
        }

        double linkDensity() {
            return chars == 0 ? 0 : Math.min(1.0, linkChars / (double) chars);
        }
    }

    private final Map<Element, Box> boxes = new IdentityHashMap<>();
    private final Boilerplate names = new Boilerplate();
    /** Every box, children before their parent. */
    private final List<Box> postOrder = new ArrayList<>();
    private final Box root;

    private ContentScorer(Element root) {
        Traversal traversal = new Traversal(root);
        root.filter(traversal);
        this.root = traversal.rootBox;
        finishScores();
    }

    /** Scores the elements under root (normally the body); reads the tree, does not change it. */
    static ContentScorer score(Element root) {
        return new ContentScorer(root);
    }

    /** The element's box, or null for an element the scorer skipped (invisible, or outside the root). */
    Box box(Element el) {
        return boxes.get(el);
    }

    Box root() {
        return root;
    }

    /** Every box, each after its descendants. */
    List<Box> boxes() {
        return postOrder;
    }

    /** Furniture: to be skipped, with everything inside, when collecting text. */
    boolean isFurniture(Element el) {
        Box b = boxes.get(el);
        return b != null && b.furniture;
    }

    /** One pass over the tree: boxes on the way down, text counted into its element and block, block scores on the way up. */
    private final class Traversal implements NodeFilter {
        private final Element top;
        private final Deque<Box> open = new ArrayDeque<>();
        private final Deque<Box> blocks = new ArrayDeque<>();
        private int linkDepth;
        private Box rootBox;

        Traversal(Element top) {
            this.top = top;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                countText(text);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el) || node != top && Boilerplate.isInvisible(el)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = el.normalName();
            Box box = new Box(el, open.peek(), node == top || !INLINE.contains(tag), names.judge(el));
            boxes.put(el, box);
            open.push(box);
            if (box.block) {
                blocks.push(box);
            }
            if (tag.equals("a")) {
                linkDepth++;
            }
            if (node == top) {
                rootBox = box;
            }
            return FilterResult.CONTINUE;
        }

        private void countText(TextNode text) {
            Box owner = open.peek();
            if (owner == null) {
                return;
            }
            int n = visibleChars(text.getWholeText());
            Box block = blocks.peek();
            owner.chars += n;
            block.ownChars += n;
            if (linkDepth > 0) {
                owner.linkChars += n;
                block.ownLinkChars += n;
            }
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element el)) {
                return FilterResult.CONTINUE;
            }
            Box box = open.pop();
            String tag = el.normalName();
            if (box.block) {
                blocks.pop();
            }
            if (tag.equals("a")) {
                linkDepth--;
            }
            // the root's own text is no block: a page of bare text has no container to find
            if (box.block && node != top && !HEADINGS.contains(tag)) {
                box.score = blockScore(box.ownChars, box.ownLinkChars);
            }
            Box parent = box.parent;
            if (parent != null) {
                parent.chars += box.chars;
                parent.linkChars += box.linkChars;
                parent.holdsContentMarker |= box.holdsContentMarker;
            }
            postOrder.add(box);
            return FilterResult.CONTINUE;
        }
    }

    /**
     * Sums block scores up the tree and decides which elements are furniture, children first, so
     * that a layout-named element's own prose is known when it is judged. Furniture counts with
     * all its text against its ancestors, whatever prose it holds.
     */
    private void finishScores() {
        for (Box b : postOrder) {
            b.furniture = b != root && switch (b.verdict) {
                case STRONG -> true;
                case WEAK -> !b.holdsContentMarker && b.score < WEAK_PROSE_SHARE * b.chars;
                case NONE, CONTENT -> false;
            };
            if (b.furniture) {
                b.score = -b.chars;
            }
            if (b.parent != null) {
                b.parent.score += b.score;
                if (b.block && !b.furniture && b.score > 0
                        && (b.parent.strongestChild == null || b.score > b.parent.strongestChild.score)) {
                    b.parent.strongestChild = b;
                }
            }
        }
    }

    /** A block's own worth: its prose length, or minus its length when it is mostly links. */
    static double blockScore(int chars, int linkChars) {
        if (chars == 0) {
            return 0;
        }
        double linkShare = linkChars / (double) chars;
        if (linkShare > MAX_LINK_SHARE) {
            return -chars;
        }
        if (chars < SHORT_BLOCK) {
            return 0;
        }
        return chars * (1 - linkShare);
    }

    /** Non-whitespace characters: a measure of text that ignores indentation and line breaks. */
    static int visibleChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && (c < '\u0080' || c != '\u00A0' && !Character.isWhitespace(c))) {
                n++;
            }
        }
        return n;
    }
}
