package org.presswatch.office.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import org.presswatch.core.util.Suggestions;

/** What the audit log records. Written everywhere (database, API, command line) as {@link #id()}. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    ACCOUNT_ADDED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    PASSWORD_CHANGED,
    ROLE_CHANGED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    REANALYSIS_STARTED;

    /** Its form in JSON too: lowercase, as the API and the command line write it. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException naming the actions, for an unknown one
     */
    public static AuditAction parse(String id) {
        String given = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (AuditAction action : values()) {
            if (action.id().equals(given)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown audit action '" + given + "'"
                + Suggestions.didYouMean(given, Arrays.stream(values()).map(AuditAction::id).toList()) + "; the actions are "
                + String.join(", ", Arrays.stream(values()).map(AuditAction::id).toList()));
    }
}
