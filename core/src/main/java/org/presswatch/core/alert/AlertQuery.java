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
 * @param limit at most this many, newest first
 */
public record AlertQuery(String province, Alert.Kind kind, Instant since, int limit) {
    public static final int MAX_LIMIT = 1_000;

    public AlertQuery {
        if (province != null) {
            Provinces.require(province);
        }
        Validate.inRange(limit, 1, MAX_LIMIT, "limit");
    }

    public static AlertQuery newest(int limit) {
        return new AlertQuery(null, null, null, limit);
    }

    /** Whether the alert passes the filters (the limit aside). */
    public boolean accepts(Alert alert) {
        return (province == null || province.equals(alert.province()))
                && (kind == null || kind == alert.kind())
                && (since == null || !alert.raisedAt().isBefore(since));
    }
}
