package org.presswatch.api.http;

import io.javalin.security.RouteRole;

/**
 * Who may call a route at all, checked before its handler runs ({@link Gatekeeper}). Finer
 * rules (which province's data, whether the caller may write) are the office's, applied by the
 * office's own classes to the caller the gatekeeper found.
 */
enum Access implements RouteRole {
    /** Anyone: health, signing in, the API's description. */
    PUBLIC,
    /** Any signed-in account or valid token. */
    SIGNED_IN,
    /** Admins, and this machine's own commands. */
    ADMIN,
    /**
     * {@code /metrics}: the addresses of {@code api.metrics-allowed} without signing in (a
     * Prometheus server scraping), and admins from anywhere.
     */
    METRICS
}
