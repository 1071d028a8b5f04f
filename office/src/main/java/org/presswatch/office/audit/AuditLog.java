package org.presswatch.office.audit;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.presswatch.core.util.Validate;
import org.presswatch.office.access.Caller;
import org.presswatch.office.db.OfficeDatabase;

/**
 * The audit log in the office database: append-only, it offers no way to change or remove an
 * event. Readable by admins alone. Thread-safe.
 */
public final class AuditLog {
    private final OfficeDatabase database;

    public AuditLog(OfficeDatabase database) {
        this.database = Validate.notNull(database, "database");
    }

    /** Records an event on the disk before returning. */
    public void record(AuditEvent event) throws IOException {
        database.durably("record " + event.action().id() + " in the audit log", connection -> {
            record(connection, event);
            return null;
        });
    }

    /** Records an event within a transaction of the caller's, so that the change and its record commit together. */
    public static void record(Connection connection, AuditEvent event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_event (occurred_at, actor, action, target, detail, address) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, event.at().atOffset(ZoneOffset.UTC));
            insert.setString(2, event.actor());
            insert.setString(3, event.action().id());
            insert.setString(4, event.target());
            insert.setString(5, event.detail());
            insert.setString(6, event.address());
            insert.executeUpdate();
        }
    }

    /**
     * The events the query selects, newest first.
     *
     * @throws org.presswatch.office.access.Refusal (forbidden) unless the caller is an admin
     */
    public List<AuditEvent> read(Caller caller, AuditQuery query) throws IOException {
        caller.requireAdmin("read the audit log");
        StringBuilder sql = new StringBuilder("SELECT id, occurred_at, actor, action, target, detail, address FROM audit_event WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        if (query.since() != null) {
            sql.append(" AND occurred_at >= ?");
            values.add(query.since().atOffset(ZoneOffset.UTC));
        }
        if (query.actor() != null) {
            sql.append(" AND actor = ?");
            values.add(query.actor());
        }
        if (query.action() != null) {
            sql.append(" AND action = ?");
            values.add(query.action().id());
        }
        if (query.before() > 0) {
            sql.append(" AND id < ?");
            values.add(query.before());
        }
        sql.append(" ORDER BY id DESC FETCH FIRST ").append(query.limit()).append(" ROWS ONLY");
        return database.transaction("read the audit log", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < values.size(); i++) {
                    select.setObject(i + 1, values.get(i));
                }
                List<AuditEvent> events = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(new AuditEvent(rows.getLong(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                                rows.getString(3), AuditAction.parse(rows.getString(4)), rows.getString(5), rows.getString(6),
                                rows.getString(7)));
                    }
                }
                return events;
            }
        });
    }
}
