package org.presswatch.index.text;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.presswatch.core.index.ArticleQuery.Order;
import org.presswatch.core.index.InvalidQueryException;

/**
 * Where a result list resumes: the last hit's sort value in its order and its article id, the
 * tiebreak of every order. Callers see it as opaque URL-safe text; a cursor from another order,
 * or damaged, is refused as an {@link InvalidQueryException}.
 *
 * @param value the hit's score or risk (a float) or its publication time in epoch milliseconds
 */
public record Cursor(Order order, Number value, String id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((order + "\n" + value + "\n" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor the text stands for, which must be one given out for this order. */
    public static Cursor decode(String cursor, Order order) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 3);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("the cursor '" + cursor + "' is not one this index gave out", e);
        }
        if (parts.length != 3 || !parts[0].equals(order.name())) {
            throw new InvalidQueryException("the cursor '" + cursor + "' belongs to another order of results than " + order, null);
        }
        try {
            Number value = switch (order) {
                case RELEVANCE, RISK -> Float.valueOf(parts[1]);
                case NEWEST, OLDEST -> Long.valueOf(parts[1]);
            };
            return new Cursor(order, value, parts[2]);
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("the cursor '" + cursor + "' is damaged", e);
        }
    }
}
