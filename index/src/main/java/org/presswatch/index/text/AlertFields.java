package org.presswatch.index.text;

import org.presswatch.core.model.Alert;

/**
 * The fields of a stored alert that are filtered and sorted on, the same in every backend. They
 * are named as the {@link Alert}'s own JSON properties: Elasticsearch indexes them straight from
 * the alert kept as the document's source.
 */
public final class AlertFields {
    public static final String ID = "id";
    public static final String KIND = "kind";
    public static final String PROVINCE = "province";
    public static final String TOPIC = "topic";
    public static final String RAISED_AT = "raisedAt";

    private AlertFields() {}
}
