package org.presswatch.api.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.presswatch.core.alert.AlertQuery;
import org.presswatch.core.model.Alert;
import org.presswatch.core.util.ClientText;
import org.presswatch.core.util.Suggestions;

/**
 * Reads {@code GET /api/v1/alerts}: {@code province} (a 2025 code or a name), {@code kind} ({@code spike},
 * {@code high_risk}, {@code amplification}), {@code since} (a date in the office's zone or an
 * instant) and {@code limit} (1 to 1,000, 50 by default). A bad value is a 400 naming it.
 */
final class AlertRequest {
    static final int DEFAULT_LIMIT = 50;

    private AlertRequest() {}

    static AlertQuery parse(Context ctx) {
        String province = ctx.queryParam("province");
        return new AlertQuery(province == null || province.isBlank() ? null : SearchRequest.province(province.strip()).code(), kind(ctx),
                SearchRequest.instant(ctx, "since"), SearchRequest.integer(ctx, "limit", DEFAULT_LIMIT, 1, AlertQuery.MAX_LIMIT,
                " (the most one answer holds; narrow it with since)"));
    }

    private static Alert.Kind kind(Context ctx) {
        String kind = ctx.queryParam("kind");
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return Alert.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("kind must be spike, high_risk or amplification, was " + ClientText.quote(kind)
                    + Suggestions.didYouMean(kind.strip(), List.of("spike", "high_risk", "amplification")));
        }
    }
}
