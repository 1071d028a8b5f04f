package org.presswatch.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpException;
import org.presswatch.core.index.InvalidQueryException;
import org.presswatch.core.json.Json;
import org.presswatch.core.util.ClientText;
import org.presswatch.office.access.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's one error shape, {@code {"error": code, "message": text}}, with its status: written
 * here for everything the routes throw (and for what Javalin's router answers itself: no such
 * endpoint, a method the route does not take) and, through {@link JsonErrorHandler}, for what
 * Jetty refuses before a request reaches the routes. A message never carries a client's text
 * unescaped ({@link ClientText}), nor anything of the server's internals.
 */
final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {}

    /** Maps every exception a route or the router may throw to the error shape. */
    static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage()));
        routes.exception(InvalidQueryException.class, (e, ctx) -> write(ctx, 400, "invalid_query", e.getMessage()));
        routes.exception(Refusal.class, (e, ctx) -> {
            switch (e.reason()) {
                case FORBIDDEN -> write(ctx, 403, "forbidden", e.getMessage());
                case NOT_FOUND -> write(ctx, 404, "not_found", e.getMessage());
                case CONFLICT -> write(ctx, 409, "conflict", e.getMessage());
            }
        });
        routes.exception(IllegalArgumentException.class, (e, ctx) -> write(ctx, 400, "bad_request", e.getMessage()));
        routes.exception(HttpResponseException.class, ApiErrors::routerError);
        routes.exception(Exception.class, (e, ctx) -> {
            Optional<HttpException> unread = unreadRequest(e);
            if (unread.isPresent()) {
                int status = unread.get().getCode();
                write(ctx, status, codeFor(status), "the request could not be read: " + ClientText.safe(unread.get().getReason()));
                return;
            }
            LOG.error("{} {} failed", ClientText.safe(ctx.method().name()), ClientText.safe(ctx.path()), e);
            write(ctx, 500, "internal_error", "the server could not answer this request; the error is in its log");
        });
    }

    /**
     * What Jetty threw while a route read the request, when it is the request's fault (a body
     * that ends before its Content-Length says, bytes that are no HTTP): a 4xx, not the server's
     * error.
     */
    private static Optional<HttpException> unreadRequest(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException refused && refused.getCode() >= 400 && refused.getCode() < 500) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }

    /** Writes the error shape as the response. */
    static void write(Context ctx, int status, String code, String message) {
        ctx.status(status).json(shape(code, message));
    }

    /** The error shape as the bytes of a JSON document, for responses written outside Javalin. */
    static byte[] bytes(String code, String message) {
        try {
            return Json.mapper().writeValueAsString(shape(code, message)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of two strings is always JSON", e);
        }
    }

    /** The stable code of a status, for the errors that have no more precise one. */
    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 408 -> "request_timeout";
            case 409 -> "conflict";
            case 411 -> "length_required";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 417 -> "expectation_failed";
            case 426 -> "upgrade_required";
            case 429 -> "too_many_requests";
            case 431 -> "headers_too_large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal_error" : "http_" + status;
        };
    }

    private static Map<String, String> shape(String code, String message) {
        Map<String, String> shape = new LinkedHashMap<>();
        shape.put("error", code);
        shape.put("message", ClientText.clean(message));
        return shape;
    }

    /**
     * What Javalin's router answers itself: no endpoint at the path (404); an endpoint at the
     * path that does not take the method (405, with {@code Allow} naming those it takes); a body
     * larger than it reads (413), and the like.
     */
    private static void routerError(HttpResponseException e, Context ctx) {
        String request = ClientText.safe(ctx.method().name()) + " " + ClientText.safe(ctx.path());
        if (e instanceof EndpointNotFound) {
            write(ctx, 404, "not_found", "no such endpoint: " + request);
        } else if (e instanceof MethodNotAllowedResponse) {
            String allowed = String.join(", ", e.getDetails().values());
            ctx.header("Allow", allowed);
            write(ctx, 405, "method_not_allowed", ClientText.safe(ctx.path()) + " does not take " + ClientText.safe(ctx.method().name())
                    + "; it takes " + allowed);
        } else {
            write(ctx, e.getStatus(), codeFor(e.getStatus()), e.getMessage());
        }
    }
}
