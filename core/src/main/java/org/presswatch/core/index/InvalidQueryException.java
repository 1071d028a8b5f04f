package org.presswatch.core.index;

import org.presswatch.core.util.ClientText;

/**
 * A query that cannot be run as given: a text too long to search, a cursor this index did not
 * give out. The message is for the person who typed it, shown as it is: one short line, whatever
 * it quotes ({@link ClientText}: a message that would run longer is cut; control and formatting
 * characters and line breaks are escaped).
 */
public class InvalidQueryException extends IllegalArgumentException {
    static final int MAX_MESSAGE = 200;

    public InvalidQueryException(String message, Throwable cause) {
        super(ClientText.clean(message, MAX_MESSAGE), cause);
    }
}
