package org.presswatch.core.alert;

import java.time.Instant;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.Provinces;
import org.presswatch.core.util.Validate;

/**
 * Which alerts to list.
 *
 * @param province only alerts about this province (2025 code), or null for all, national ones
 *     included
 * @param kind only alerts of this kind, or null for all
 * @param since only alerts raised at or after this instant, or null for all
 * @param until only alerts raised before this instant, or null for all: a reader working
 *     forward through more than {@link #MAX_LIMIT} alerts narrows the window with it
 * @param limit at most this many, newest first
 */
public record AlertQuery(String province, Alert.Kind kind, Instant since, Instant until, int limit) {
    public static final int MAX_LIMIT = 1_000;

    public AlertQuery {
        if (province != null) {
            Provinces.require(province);
        }
        Validate.isTrue(since == null || until == null || since.isBefore(until), "since (%s) must be before until (%s)", since, until);
        Validate.inRange(limit, 1, MAX_LIMIT, "limit");
    }

    /** Alerts raised since the instant, whenever up to now. */
    public AlertQuery(String province, Alert.Kind kind, Instant since, int limit) {
        this(province, kind, since, null, limit);
    }

    public static AlertQuery newest(int limit) {
        return new AlertQuery(null, null, null, limit);
    }

    /** Whether the alert passes the filters (the limit aside). */
    public boolean accepts(Alert alert) {
        return (province == null || province.equals(alert.province()))
                && (kind == null || kind == alert.kind())
                && (since == null || !alert.raisedAt().isBefore(since))
                && (until == null || alert.raisedAt().isBefore(until));
    }
}
