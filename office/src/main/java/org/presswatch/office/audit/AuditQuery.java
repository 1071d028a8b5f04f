package org.presswatch.office.audit;

import java.time.Instant;
import org.presswatch.core.util.Validate;

/**
 * Which events to read, newest first.
 *
 * @param since only events at or after this time; null for any
 * @param actor only this actor's; null for anyone's
 * @param action only this action; null for every action
 * @param before only events numbered below this (the next page); 0 for the newest
 */
public record AuditQuery(Instant since, String actor, AuditAction action, long before, int limit) {
    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        Validate.isTrue(before >= 0, "before must be 0 or more, was %d", before);
        Validate.inRange(limit, 1, MAX_LIMIT, "limit");
    }

    public static AuditQuery newest(int limit) {
        return new AuditQuery(null, null, null, 0, limit);
    }
}
