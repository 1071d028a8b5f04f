package org.presswatch.index.lucene;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.presswatch.core.index.ArticleQuery.Order;
import org.presswatch.core.index.InvalidQueryException;

/**
 * The Lucene sort of each {@link Order}, article id last so that no two hits tie, and the
 * cursor that resumes a result list after a hit: the order, the hit's sort value and its id,
 * encoded as URL-safe text. A cursor is opaque to callers; one from another order is refused.
 */
final class ResultOrder {
    private ResultOrder() {}

    static Sort sort(Order order) {
        SortField id = new SortField(ArticleFields.ID, SortField.Type.STRING);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
            case NEWEST -> new Sort(new SortField(ArticleFields.PUBLISHED, SortField.Type.LONG, true), id);
            case OLDEST -> new Sort(new SortField(ArticleFields.PUBLISHED, SortField.Type.LONG), id);
            case RISK -> new Sort(new SortField(ArticleFields.RISK, SortField.Type.FLOAT, true), id);
        };
    }

    static String cursor(Order order, FieldDoc last) {
        String value = String.valueOf(last.fields[0]);
        String id = ((BytesRef) last.fields[1]).utf8ToString();
        return Base64.getUrlEncoder().withoutPadding().encodeToString((order + "\n" + value + "\n" + id).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position a cursor stands for, as Lucene resumes after it.
     *
     * @param lastDoc the reader's last document id: a hit equal on every key is the cursor's own
     *     article, which must not come again, and Lucene lets only lower ids through on a tie
     */
    static FieldDoc after(Order order, String cursor, int lastDoc) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 3);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("the cursor '" + cursor + "' is not one this index gave out", e);
        }
        if (parts.length != 3 || !parts[0].equals(order.name())) {
            throw new InvalidQueryException("the cursor '" + cursor + "' belongs to another order of results than " + order, null);
        }
        Object value;
        try {
            value = switch (order) {
                case RELEVANCE, RISK -> Float.valueOf(parts[1]);
                case NEWEST, OLDEST -> Long.valueOf(parts[1]);
            };
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("the cursor '" + cursor + "' is damaged", e);
        }
        float score = order == Order.RELEVANCE ? (Float) value : Float.NaN;
        return new FieldDoc(lastDoc, score, new Object[] {value, new BytesRef(parts[2])});
    }
}
