package org.presswatch.index.lucene;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.presswatch.core.index.ArticleQuery.Order;
import org.presswatch.index.text.ArticleFields;
import org.presswatch.index.text.Cursor;

/**
 * The Lucene sort of each {@link Order}, article id last so that no two hits tie, and the
 * {@link Cursor} that resumes a result list after a hit.
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
        return new Cursor(order, (Number) last.fields[0], ((BytesRef) last.fields[1]).utf8ToString()).encode();
    }

    /**
     * The position a cursor stands for, as Lucene resumes after it.
     *
     * @param lastDoc the reader's last document id: a hit equal on every key is the cursor's own
     *     article, which must not come again, and Lucene lets only lower ids through on a tie
     */
    static FieldDoc after(Order order, String cursor, int lastDoc) {
        Cursor after = Cursor.decode(cursor, order);
        float score = order == Order.RELEVANCE ? after.value().floatValue() : Float.NaN;
        return new FieldDoc(lastDoc, score, new Object[] {after.value(), new BytesRef(after.id())});
    }
}
