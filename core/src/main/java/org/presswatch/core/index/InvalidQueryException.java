package org.presswatch.core.index;

/**
 * A query that cannot be run as given: a text too long to search, a cursor this index did not
 * give out. The message is for the person who typed it, shown as it is: one short line, whatever
 * it quotes (a message that would run longer is cut; control and formatting characters and line
 * breaks in a quoted value become spaces).
 */
public class InvalidQueryException extends IllegalArgumentException {
    static final int MAX_MESSAGE = 200;

    public InvalidQueryException(String message, Throwable cause) {
        super(oneShortLine(message), cause);
    }

    private static String oneShortLine(String message) {
        StringBuilder line = new StringBuilder(Math.min(message.length(), MAX_MESSAGE));
        message.codePoints().limit(MAX_MESSAGE).forEach(c -> line.appendCodePoint(invisible(c) ? ' ' : c));
        return message.codePointCount(0, message.length()) > MAX_MESSAGE ? line.append('…').toString() : line.toString();
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
