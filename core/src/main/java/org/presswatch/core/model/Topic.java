package org.presswatch.core.model;

import org.presswatch.core.util.Validate;

/**
 * A subject presswatch scores articles on.
 *
 * @param mission true for the four topics press offices must answer for (sovereignty over seas and
 *     islands, ethnicity, religion, human rights); false for the others (border, image)
 */
public record Topic(String id, Label name, Label description, boolean mission) {
    public Topic {
        Validate.matches(id, "[a-z][a-z_]{1,31}", "topic id");
        Validate.notNull(name, "name");
        Validate.notNull(description, "description");
    }
}
