package org.presswatch.core.model;

import org.presswatch.core.util.Folding;
import org.presswatch.core.util.Validate;

/**
 * A provincial-level unit as it existed before 1 July 2025 (63 in all).
 *
 * @param code the unit's code before 2025, which may now belong to a different unit
 * @param mergedInto the code of the 2025 unit it is part of
 */
public record FormerProvince(String code, String name, String mergedInto) {
    public FormerProvince {
        Validate.matches(code, "\\d{2}", "former province code");
        Validate.notBlank(name, "name");
        Validate.matches(mergedInto, "\\d{2}", "mergedInto");
    }

    public String asciiName() {
        return Folding.stripDiacritics(name);
    }
}
