package org.presswatch.office.audit;

import java.time.Instant;
import org.presswatch.core.util.Validate;

/**
 * One line of the audit log: who did what to what, when and from where.
 *
 * @param id the log's own numbering, increasing; 0 for an event not yet recorded
 * @param actor the account, or {@link org.presswatch.office.access.Caller#MACHINE_ACCOUNT}
 * @param target what was acted on: an account's name, a token's id, an entry's id
 * @param detail what changed, in words, never a secret
 * @param address the client's address, or "" for the command line
 */
public record AuditEvent(long id, Instant at, String actor, AuditAction action, String target, String detail, String address) {
    public AuditEvent {
        Validate.notNull(at, "at");
        Validate.notBlank(actor, "actor");
        Validate.notNull(action, "action");
        target = clip(target == null ? "" : target, 200);
        detail = clip(detail == null ? "" : detail, 2000);
        address = clip(address == null ? "" : address, 64);
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
