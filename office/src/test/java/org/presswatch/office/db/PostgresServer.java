package org.presswatch.office.db;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server .ci/run starts on loopback, passed as system properties; tests that need
 * it skip with a message without it. Each {@link #freshDatabase} empties the database first.
 */
public final class PostgresServer {
    static final String URL_PROPERTY = "presswatch.postgres.url";
    private static final String USER_PROPERTY = "presswatch.postgres.user";
    private static final String PASSWORD_PROPERTY = "presswatch.postgres.password";

    private PostgresServer() {}

    /** The office database on the server, emptied of every table: skips the test without a server. */
    public static OfficeDatabase freshDatabase() throws IOException {
        String url = System.getProperty(URL_PROPERTY);
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "no PostgreSQL server: .ci/run starts one and passes -D" + URL_PROPERTY);
        String user = System.getProperty(USER_PROPERTY, "");
        String password = System.getProperty(PASSWORD_PROPERTY, "");
        try (Connection connection = DriverManager.getConnection(url, user, password); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IOException("cannot empty the test database at " + url + ": " + e.getMessage(), e);
        }
        return OfficeDatabase.server(url, user, password);
    }
}
