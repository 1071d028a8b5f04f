package org.presswatch.office.accounts;

import java.time.Instant;
import org.presswatch.core.util.Validate;

/**
 * An API token as it is listed: never its secret, which is shown once when the token is made
 * ({@link IssuedToken}) and stored only as a digest.
 *
 * @param id a short public name for the token, to list and revoke it by
 * @param lastUsedAt null while never used (kept to the minute)
 * @param revokedAt null unless revoked
 */
public record ApiToken(String id, String account, String label, TokenScope scope, Instant createdAt, Instant expiresAt,
                       Instant lastUsedAt, Instant revokedAt) {
    public ApiToken {
        Validate.notBlank(id, "id");
        Validate.notBlank(account, "account");
        label = label == null ? "" : label;
        Validate.notNull(scope, "scope");
        Validate.notNull(createdAt, "createdAt");
        Validate.notNull(expiresAt, "expiresAt");
    }

    /** Neither revoked nor expired at that time. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
