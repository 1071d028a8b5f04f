package org.presswatch.office.accounts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an API token may do: read, or read and write (as far as its account's role allows). */
public enum TokenScope {
    READ, WRITE;

    /** Its form in JSON too: lowercase, as the API and the command line write it. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException for anything but read or write
     */
    public static TokenScope parse(String id) {
        String given = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return switch (given) {
            case "read" -> READ;
            case "write" -> WRITE;
            default -> throw new IllegalArgumentException("a token's scope is read or write, not '" + given + "'");
        };
    }
}
