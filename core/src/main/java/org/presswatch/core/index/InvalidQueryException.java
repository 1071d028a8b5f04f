package org.presswatch.core.index;

/** The query text could not be parsed; the message says where and why, for the person who typed it. */
public class InvalidQueryException extends IllegalArgumentException {
    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
