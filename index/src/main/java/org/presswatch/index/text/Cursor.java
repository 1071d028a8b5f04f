package org.presswatch.index.text;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
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
    /** The form of every article id ({@code Article.idFor}), so that a cursor cut short in its id is refused too. */
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{32}");

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((order + "\n" + value + "\n" + id).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor the text stands for, which must be one given out for this order. A cursor cut
     * short, altered or made up is refused as not valid; one given out for another order as
     * belonging to it.
     */
    public static Cursor decode(String cursor, Order order) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 3);
        } catch (IllegalArgumentException e) {
            throw notValid(cursor, e);
        }
        Order given = parts.length == 3 ? orderNamed(parts[0]) : null;
        if (given == null || !ARTICLE_ID.matcher(parts[2]).matches()) {
            throw notValid(cursor, null);
        }
        if (given != order) {
            throw new InvalidQueryException("the cursor '" + cursor + "' continues results sorted by " + name(given) + ", not by "
                    + name(order) + ": a cursor continues only the search whose page gave it", null);
        }
        try {
            Number value = switch (order) {
                case RELEVANCE, RISK -> Float.valueOf(parts[1]);
                case NEWEST, OLDEST -> Long.valueOf(parts[1]);
            };
            return new Cursor(order, value, parts[2]);
        } catch (NumberFormatException e) {
            throw notValid(cursor, e);
        }
    }

    private static InvalidQueryException notValid(String cursor, Exception cause) {
        return new InvalidQueryException("the cursor '" + cursor + "' is not valid: it is cut short, altered, or not one this index "
                + "gave out; give the next of the previous page of the same search", cause);
    }

    private static Order orderNamed(String name) {
        for (Order o : Order.values()) {
            if (o.name().equals(name)) {
                return o;
            }
        }
        return null;
    }

    private static String name(Order order) {
        return order.name().toLowerCase(java.util.Locale.ROOT);
    }
}
