package org.presswatch.core.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presswatch.core.util.Validate;

/**
 * One page of results.
 *
 * @param total all articles matching the query, not only this page's
 * @param facets per facet, in the order of {@link #FACETS}, the most frequent values among all
 *     matches, most frequent first
 * @param next the cursor of the page after this one ({@link ArticleQuery#withAfter}), or null
 *     when this page holds the last match
 */
public record SearchPage(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, String next) {
    public static final List<String> FACETS = List.of("province", "topic", "source", "language");

    public SearchPage {
        hits = Validate.copyOf(hits, "hits");
        Validate.isTrue(total >= hits.size(), "total %d is smaller than the page (%d hits)", total, hits.size());
        Validate.notNull(facets, "facets");
        Map<String, List<FacetCount>> ordered = new LinkedHashMap<>();
        facets.forEach((dim, counts) -> ordered.put(Validate.notNull(dim, "facet"), Validate.copyOf(counts, "facet " + dim)));
        facets = Collections.unmodifiableMap(ordered);
    }
}
