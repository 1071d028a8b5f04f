package org.presswatch.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import org.presswatch.core.json.Json;
import org.presswatch.core.util.ClientText;
import org.presswatch.core.util.Suggestions;

/**
 * A request's JSON body read into a record (that a body is JSON, the Content-Type says, and
 * {@link RequestLimits} checked before the route ran: 415 otherwise); an empty or malformed
 * body, a missing field or an unknown one is a 400 that names it, never a 500.
 */
final class JsonBody {
    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private JsonBody() {}

    static <T> T read(Context ctx, Class<T> type) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw ApiException.badRequest("the body is empty; this request takes a JSON object");
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw ApiException.badRequest("the body is null; this request takes a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("unknown field '" + ClientText.quote(e.getPropertyName()) + "'"
                    + Suggestions.didYouMean(e.getPropertyName(), e.getKnownPropertyIds().stream().map(String::valueOf).toList()));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not the JSON this request takes: " + ClientText.quote(e.getOriginalMessage()));
        } catch (IllegalArgumentException e) {
            // a record's own check of a field
            throw ApiException.badRequest(ClientText.quote(e.getMessage()));
        }
    }
}
