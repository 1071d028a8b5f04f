package org.presswatch.api.runtime;

import java.io.IOException;

/** The embedded index is held by another presswatch process: only one may open a data folder's index. */
public final class IndexInUseException extends IOException {
    IndexInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
