package org.presswatch.office.access;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import org.presswatch.core.util.Suggestions;

/**
 * What an account may do. National staff (admins and analysts) see every province; officers and
 * readers the provinces assigned to them. Written everywhere (API, command line, audit log) as
 * {@link #id()}.
 */
public enum Role {
    /** Manages accounts, sources and settings; national. */
    ADMIN(true, true),
    /** The ministry's analysts: read and write the office data of every province. */
    ANALYST(true, true),
    /** A province's press officer: reads and writes the office data of their provinces. */
    OFFICER(false, true),
    /** Reads only: published articles, alerts and the approved library, e.g. a local newspaper's liaison. */
    READER(false, false);

    private final boolean national;
    private final boolean writes;

    Role(boolean national, boolean writes) {
        this.national = national;
        this.writes = writes;
    }

    /** Its form in JSON too: lowercase, as the API and the command line write it. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Sees every province's office data. */
    public boolean national() {
        return national;
    }

    /** May change office data (within the provinces it sees). */
    public boolean writes() {
        return writes;
    }

    /**
     * @throws IllegalArgumentException naming the roles, for an unknown one
     */
    public static Role parse(String id) {
        String given = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.id().equals(given)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + given + "'"
                + Suggestions.didYouMean(given, Arrays.stream(values()).map(Role::id).toList())
                + "; the roles are admin, analyst, officer and reader");
    }
}
