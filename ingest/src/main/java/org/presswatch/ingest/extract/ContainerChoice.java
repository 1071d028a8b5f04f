package org.presswatch.ingest.extract;

import org.presswatch.ingest.extract.Boilerplate.Verdict;
import org.presswatch.ingest.extract.ContentScorer.Box;

/**
 * Chooses the element that holds the article, from the {@link ContentScorer}'s scores.
 *
 * <ol>
 *   <li>The highest-scoring element outside furniture is the first choice.</li>
 *   <li>An element named like an article body ({@code entry-content}, {@code itemprop=articleBody})
 *       with at least {@value #CONTENT_NAME_SHARE} of that score replaces it: when the markup says
 *       where the body is, the comments or the "more stories" that happen to score well next to it
 *       stay out. Unless the first choice is an {@code <article>}, which the markup itself calls the
 *       article, standfirst and all.</li>
 *   <li>An element inside furniture wins only by a margin: then the furniture is a wrapper that
 *       was misnamed (a layout class such as {@code has-sidebar}), or the page is all furniture
 *       and its best prose is still the best guess; never for a line or two of it, such as a
 *       copyright notice.</li>
 * </ol>
 */
final class ContainerChoice {
    private static final double CONTENT_NAME_SHARE = 0.5;
    /** How much better than the first choice an element inside layout-named furniture must score. */
    private static final double WEAK_MARGIN = 1.0;
    /** How much better than the first choice an element inside plain furniture must score. */
    private static final double STRONG_MARGIN = 2.0;
    /** Prose inside furniture is no article unless there is at least this much of it (non-space characters). */
    private static final int MIN_FURNITURE_PROSE = 100;

    private ContainerChoice() {}

    /** The element holding the article, or null when no element has any prose. */
    static Box of(ContentScorer scores) {
        Box clean = null;
        Box inWeak = null;
        Box inStrong = null;
        for (Box b : scores.boxes()) {
            if (!b.block || b.score <= 0) {
                continue;
            }
            switch (furnitureAround(b)) {
                case NONE -> clean = higher(clean, b);
                case WEAK -> inWeak = higher(inWeak, b);
                default -> inStrong = higher(inStrong, b);
            }
        }
        Box best = clean == null ? null : preferNamedBody(clean, scores);
        if (inWeak != null && (best == null || inWeak.score > WEAK_MARGIN * best.score)) {
            best = inWeak;
        }
        if (inStrong != null && inStrong.score > STRONG_MARGIN * Math.max(best == null ? 0 : best.score, MIN_FURNITURE_PROSE)) {
            best = inStrong;
        }
        return best;
    }

    private static Box preferNamedBody(Box first, ContentScorer scores) {
        if (first.element.normalName().equals("article")) {
            return first;
        }
        Box named = null;
        for (Box b : scores.boxes()) {
            if (b.verdict == Verdict.CONTENT && b.block && b.score >= CONTENT_NAME_SHARE * first.score
                    && (named == null || b.score > named.score) && furnitureAround(b) == Verdict.NONE) {
                named = b;
            }
        }
        return named == null ? first : named;
    }

    private static Box higher(Box current, Box candidate) {
        return current == null || candidate.score > current.score ? candidate : current;
    }

    /** The strongest furniture verdict among the box and its ancestors: STRONG, WEAK or NONE. */
    private static Verdict furnitureAround(Box b) {
        Verdict around = Verdict.NONE;
        for (Box a = b; a != null; a = a.parent) {
            if (a.furniture) {
                if (a.verdict == Verdict.STRONG) {
                    return Verdict.STRONG;
                }
                around = a.verdict;
            }
        }
        return around;
    }
}
