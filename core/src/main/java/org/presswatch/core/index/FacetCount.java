package org.presswatch.core.index;

import org.presswatch.core.util.Validate;

/** How many matching articles carry one value of a facet (a province code, a source id, ...). */
public record FacetCount(String value, long count) {
    public FacetCount {
        Validate.notNull(value, "value");
        Validate.isTrue(count >= 0, "facet count must not be negative");
    }
}
