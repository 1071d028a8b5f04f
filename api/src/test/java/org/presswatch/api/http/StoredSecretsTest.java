package org.presswatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.office.db.OfficeDatabase;

/**
 * No password, token or session secret is kept where it could leak: after a run of sign-ins
 * (right and wrong, a password typed in the name field), token making and use, password changes
 * and sign-outs, the office database's file, everything logged (presswatch's own loggers at every
 * level) and every response (but the one that shows a new token its holder, once) are searched
 * for each secret.
 */
class StoredSecretsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String NEW_PASSWORD = "một mật khẩu mới hoàn toàn";
    private static final String TYPO_PASSWORD = "mật khẩu gõ nhầm chỗ";

    @TempDir
    Path dir;

    @Test
    void noSecretIsInTheDatabaseTheLogsOrAnyResponse() throws Exception {
        StringWriter logged = new StringWriter();
        LoggerContext logs = (LoggerContext) LogManager.getContext(false);
        Appender capture = WriterAppender.createAppender(PatternLayout.newBuilder().withPattern("%level %c %msg %ex%n").build(), null,
                logged, "secrets", false, true);
        capture.start();
        logs.getConfiguration().getRootLogger().addAppender(capture, Level.ALL, null);
        Level before = LogManager.getLogger("org.presswatch").getLevel();
        Configurator.setLevel("org.presswatch", Level.ALL);
        Configurator.setLevel("io.javalin", Level.DEBUG);
        logs.updateLoggers();
        List<String> secrets = new ArrayList<>(List.of(TestOffice.PASSWORD, NEW_PASSWORD, TYPO_PASSWORD));
        List<String> responses = new ArrayList<>();
        try (ApiFixture fixture = ApiFixture.start(dir, ApiFixture.settings(), TestOffice.open(OfficeDatabase.embedded(dir.resolve("office"))))) {
            secrets.add(fixture.office.token(TestOffice.ADMIN));
            secrets.add(fixture.office.readToken(TestOffice.READER));
            responses.add(send(fixture.request("/api/v1/articles?q=" + "Hoàng Sa".replace(" ", "%20"))));
            responses.add(send(fixture.request("/api/v1/tokens")));
            responses.add(send(fixture.request("/api/v1/audit?limit=1000")));
            responses.add(send(fixture.request("/api/v1/users")));
            responses.add(signIn(fixture, TestOffice.OFFICER, "sai mật khẩu rồi"));
            responses.add(signIn(fixture, TYPO_PASSWORD, TestOffice.PASSWORD));
            Map<String, String> session = AccessMatrixTest.signIn(fixture, TestOffice.ANALYST);
            secrets.add(session.get("secret"));
            secrets.add(session.get("csrf"));
            String cookie = Gatekeeper.SESSION_COOKIE + "=" + session.get("secret");
            HttpResponse<String> made = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/tokens")))
                    .header("Cookie", cookie).header(Gatekeeper.CSRF_HEADER,
                    session.get("csrf")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"label\": \"bot\", \"scope\": \"write\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, made.statusCode(), made.body());
            String issued = JSON.readTree(made.body()).get("secret").asText();
            secrets.add(issued);
            responses.add(send(fixture.request("/api/v1/articles").header("Authorization", "Bearer " + issued)));
            responses.add(send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/users/" + TestOffice.ANALYST + "/password")))
                    .header("Cookie", cookie).header(Gatekeeper.CSRF_HEADER, session.get("csrf")).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"current_password\": \"" + TestOffice.PASSWORD + "\", \"password\": \""
                            + NEW_PASSWORD + "\"}"))));
            responses.add(send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/session"))).header("Cookie", cookie)
                    .header(Gatekeeper.CSRF_HEADER, session.get("csrf")).DELETE()));
            responses.add(send(fixture.request("/api/v1/audit?limit=1000")));
            responses.add(send(fixture.request("/api/v1/tokens")));
        } finally {
            logs.getConfiguration().getRootLogger().removeAppender("secrets");
            Configurator.setLevel("org.presswatch", before);
            Configurator.setLevel("io.javalin", Level.WARN);
            capture.stop();
        }
        String database = files(dir.resolve("office"));
        assertTrue(database.contains("$argon2id$") && database.contains("Biên giới Lạng Sơn"),
                "the search finds what the database holds: the password hashes, a library entry's title");
        assertTrue(logged.toString().length() > 0, "something was logged");
        for (String secret : secrets) {
            String hint = secret.substring(0, 4) + "…";
            assertFalse(database.contains(secret), "a secret (" + hint + ") is in the office database's files");
            assertFalse(logged.toString().contains(secret), "a secret (" + hint + ") is in the logs");
            for (String response : responses) {
                assertFalse(response.contains(secret), "a secret (" + hint + ") is in a response: " + response);
            }
        }
    }

    private static String signIn(ApiFixture fixture, String name, String password) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/session"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\", \"password\": \"" + password + "\"}")));
    }

    /** The response's status, headers and body, as one text to search. */
    private static String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.headers().map() + " " + response.body();
    }

    /** Every file of a folder, as text of any encoding the secrets could be in. */
    private static String files(Path folder) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                all.append(new String(bytes, StandardCharsets.UTF_8)).append(new String(bytes, StandardCharsets.UTF_16BE))
                        .append(new String(bytes, StandardCharsets.UTF_16LE)).append(new String(bytes, StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }
}
