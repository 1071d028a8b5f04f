package org.presswatch.office.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.presswatch.office.access.Role;

/** The account tables, read and written within a transaction of the caller's. */
final class AccountRows {
    private static final String COLUMNS = "name, account_role, enabled, password_hash, created_at, password_changed_at";

    /** An account row with its password hash, which stays inside this package. */
    record Stored(Account account, String passwordHash) {}

    private AccountRows() {}

    static Optional<Stored> find(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM account WHERE name = ?")) {
            select.setString(1, name);
            List<Stored> found = read(connection, select);
            return found.stream().findFirst();
        }
    }

    static List<Account> all(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM account ORDER BY name")) {
            return read(connection, select).stream().map(Stored::account).toList();
        }
    }

    static boolean exists(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Enabled admins other than this account: the last one may be neither disabled nor demoted. */
    static boolean otherEnabledAdmin(Connection connection, String name) throws SQLException {
        return exists(connection, "SELECT 1 FROM account WHERE account_role = ? AND enabled = TRUE AND name <> ?", Role.ADMIN.id(), name);
    }

    static void insert(Connection connection, Account account, String passwordHash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, account.name());
            insert.setString(2, account.role().id());
            insert.setBoolean(3, account.enabled());
            insert.setString(4, passwordHash);
            insert.setObject(5, utc(account.createdAt()));
            insert.setObject(6, utc(account.passwordChangedAt()));
            insert.executeUpdate();
        }
        writeProvinces(connection, account);
    }

    /** Role, provinces and whether enabled; the password is changed by {@link #updatePassword}. */
    static void update(Connection connection, Account account) throws SQLException {
        update(connection, "UPDATE account SET account_role = ?, enabled = ? WHERE name = ?", account.role().id(), account.enabled(),
                account.name());
        update(connection, "DELETE FROM account_province WHERE account = ?", account.name());
        writeProvinces(connection, account);
    }

    static void updatePassword(Connection connection, String name, String passwordHash, Instant at) throws SQLException {
        update(connection, "UPDATE account SET password_hash = ?, password_changed_at = ? WHERE name = ?", passwordHash, utc(at), name);
    }

    static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime at = rows.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static void writeProvinces(Connection connection, Account account) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account_province (account, province) VALUES (?, ?)")) {
            for (String province : account.provinces()) {
                insert.setString(1, account.name());
                insert.setString(2, province);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** An account's own columns, read before its provinces: one result set open at a time. */
    private record Row(String name, String role, boolean enabled, String passwordHash, Instant createdAt, Instant passwordChangedAt) {}

    private static List<Stored> read(Connection connection, PreparedStatement select) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(new Row(result.getString(1), result.getString(2), result.getBoolean(3), result.getString(4), instant(result, 5),
                        instant(result, 6)));
            }
        }
        List<Stored> stored = new ArrayList<>(rows.size());
        for (Row row : rows) {
            stored.add(new Stored(new Account(row.name(), Role.parse(row.role()), provinces(connection, row.name()), row.enabled(),
                    row.createdAt(), row.passwordChangedAt()), row.passwordHash()));
        }
        return stored;
    }

    private static List<String> provinces(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT province FROM account_province WHERE account = ? ORDER BY province")) {
            select.setString(1, name);
            List<String> provinces = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    provinces.add(rows.getString(1));
                }
            }
            return provinces;
        }
    }
}
