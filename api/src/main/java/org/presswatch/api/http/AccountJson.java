package org.presswatch.api.http;

import java.time.Instant;
import java.util.List;
import org.presswatch.office.accounts.Account;
import org.presswatch.office.accounts.ApiToken;
import org.presswatch.office.audit.AuditEvent;

/** The JSON forms of accounts, tokens and audit events: ids in lowercase, never a secret but a new token's, once. */
final class AccountJson {
    private AccountJson() {}

    record AccountView(String name, String role, List<String> provinces, boolean enabled, Instant createdAt, Instant passwordChangedAt) {}

    record TokenView(String id, String account, String label, String scope, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                     Instant revokedAt, boolean active) {}

    /** A token just made: its secret appears here and never again. */
    record IssuedTokenView(TokenView token, String secret) {}

    record AuditView(long id, Instant at, String actor, String action, String target, String detail, String address) {}

    static AccountView account(Account account) {
        return new AccountView(account.name(), account.role().id(), account.provinces(), account.enabled(), account.createdAt(),
                account.passwordChangedAt());
    }

    static TokenView token(ApiToken token, Instant now) {
        return new TokenView(token.id(), token.account(), token.label(), token.scope().id(), token.createdAt(), token.expiresAt(),
                token.lastUsedAt(), token.revokedAt(), token.activeAt(now));
    }

    static AuditView audit(AuditEvent event) {
        return new AuditView(event.id(), event.at(), event.actor(), event.action().id(), event.target(), event.detail(), event.address());
    }
}
