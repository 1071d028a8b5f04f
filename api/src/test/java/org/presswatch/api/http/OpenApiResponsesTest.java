package org.presswatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.OpenApi31;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.office.access.Caller;
import org.presswatch.office.accounts.TokenScope;

/**
 * The document's schemas against the real answers of a server with data, so that neither can
 * change without the other: every operation's answer, and the errors, checked against the schema
 * the document gives for that operation and status, made strict for the check (an object may
 * have no property the document does not name), so that a field added, renamed or dropped on the
 * wire fails here until the document says so.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiResponsesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Where the document stands for the validator, so that its references resolve within it. */
    private static final String DOCUMENT_IRI = "https://presswatch.invalid/api/v1/openapi.json";
    private static final String JSON_TYPE = "application/json";

    @TempDir
    static Path dir;
    static ApiFixture fixture;
    static SchemaRegistry schemas;
    static ObjectNode strict;

    /**
     * A request of an operation and the status it gets.
     *
     * @param route the operation's path as documented
     */
    record Call(String method, String route, int status, Exchange request) {
        Call(String method, String route, int status, HttpRequest request) {
            this(method, route, status, () -> {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
            });
        }

        String operation() {
            return method + " " + route;
        }
    }

    /** A request sent, and its answer. */
    interface Exchange {
        Answer send() throws Exception;
    }

    record Answer(int status, String contentType, String body) {}

    @BeforeAll
    static void start() throws Exception {
        fixture = ApiFixture.start(dir);
        strict = ApiReference.document();
        forbidUndocumentedProperties(strict);
        String text = JSON.writeValueAsString(strict);
        schemas = SchemaRegistry.withDefaultDialect(OpenApi31.getInstance(), builder -> builder.schemas(Map.of(DOCUMENT_IRI, text)));
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    @Test
    @Order(1)
    void everyOperationAnswersAsDocumented() throws Exception {
        Set<String> checked = new TreeSet<>();
        for (Call call : successes()) {
            check(call);
            checked.add(call.operation());
        }
        // /metrics answers in Prometheus' text, not JSON: MetricsTest checks it
        Set<String> documented = OpenApiDocumentTest.operations(ApiReference.document()).stream().map(OpenApiDocumentTest.Operation::name)
                .filter(name -> !name.equals("GET /metrics")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(documented, checked, "an answer of every documented operation is checked");
    }

    /** After the answers: the re-analysis they started is running, which makes the 409. */
    @Test
    @Order(2)
    void errorsAnswerAsDocumented() throws Exception {
        for (Call call : errors()) {
            check(call);
        }
    }

    @Test
    void anAnswerWithAFieldTheDocumentDoesNotNameFails() throws Exception {
        JsonNode health = JSON.readTree("{\"status\": \"ok\", \"version\": \"1\", \"articles\": 3, \"uptime\": 5}");
        assertFalse(schemaOf("get", "/api/v1/health", 200).validate(health).isEmpty(), "an undocumented field");
        JsonNode missing = JSON.readTree("{\"status\": \"ok\", \"articles\": 3}");
        assertFalse(schemaOf("get", "/api/v1/health", 200).validate(missing).isEmpty(), "a required field missing");
    }

    /** A call of every operation that answers with its success. */
    private static List<Call> successes() throws Exception {
        String article = "/api/v1/articles/" + fixture.lySonId;
        Map<String, String> session = AccessMatrixTest.signIn(fixture, TestOffice.ANALYST);
        String cookie = Gatekeeper.SESSION_COOKIE + "=" + session.get("secret");
        List<Call> calls = new ArrayList<>();
        calls.add(get("/api/v1/articles", 200, "/api/v1/articles?limit=2"));
        calls.add(get("/api/v1/articles", 200, "/api/v1/articles?q=paracels&from=2026-01-01&to=2027-01-01T00:00:00Z&topic=sovereignty"
                + "&topic_min=0.5&limit=1"));
        calls.add(get("/api/v1/histogram", 200, "/api/v1/histogram?bucket=week"));
        calls.add(get("/api/v1/articles/{id}", 200, article));
        calls.add(get("/api/v1/articles/{id}/similar", 200, "/api/v1/articles/" + fixture.coastGuardId + "/similar"));
        calls.add(get("/api/v1/alerts", 200, "/api/v1/alerts"));
        calls.add(get("/api/v1/alerts/{id}", 200, "/api/v1/alerts/story-x"));
        calls.add(get("/api/v1/library/{id}", 200, "/api/v1/library/paracels"));
        calls.add(get("/api/v1/sources", 200, "/api/v1/sources"));
        calls.add(get("/api/v1/provinces", 200, "/api/v1/provinces"));
        calls.add(get("/api/v1/topics", 200, "/api/v1/topics"));
        calls.add(get("/api/v1/session", 200, "/api/v1/session"));
        calls.add(new Call("GET", "/api/v1/session", 200, browser("/api/v1/session", cookie, null).GET().build()));
        calls.add(new Call("POST", "/api/v1/session", 200, json(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/session"))), "POST",
                "{\"name\": \"" + TestOffice.OFFICER + "\", \"password\": \"" + TestOffice.PASSWORD + "\"}")));
        calls.add(get("/api/v1/users", 200, "/api/v1/users"));
        calls.add(new Call("POST", "/api/v1/users", 201, json(fixture.request("/api/v1/users"), "POST",
                "{\"name\": \"bientap\", \"role\": \"officer\", \"provinces\": [\"Lạng Sơn\"], \"password\": \"một mật khẩu đủ dài\"}")));
        calls.add(get("/api/v1/users/{name}", 200, "/api/v1/users/" + TestOffice.OFFICER));
        calls.add(new Call("PATCH", "/api/v1/users/{name}", 200, json(fixture.request("/api/v1/users/" + TestOffice.READER), "PATCH",
                "{\"enabled\": true}")));
        calls.add(new Call("PUT", "/api/v1/users/{name}/password", 204, json(fixture.request("/api/v1/users/" + TestOffice.OTHER_OFFICER
                + "/password"), "PUT", "{\"password\": \"" + TestOffice.PASSWORD + "\"}")));
        calls.add(get("/api/v1/tokens", 200, "/api/v1/tokens"));
        calls.add(new Call("POST", "/api/v1/tokens", 201, json(browser("/api/v1/tokens", cookie, session.get("csrf")), "POST",
                "{\"label\": \"for the tests\", \"scope\": \"write\", \"expires_in_days\": 7}")));
        String tokenId = fixture.office.office.tokens().list(Caller.machine()).stream()
                .filter(t -> t.account().equals(TestOffice.ANALYST) && t.scope() == TokenScope.READ).findFirst().orElseThrow().id();
        calls.add(new Call("DELETE", "/api/v1/tokens/{id}", 200, browser("/api/v1/tokens/" + tokenId, cookie, session.get("csrf"))
                .DELETE().build()));
        calls.add(get("/api/v1/audit", 200, "/api/v1/audit?limit=5&action=token_created"));
        calls.add(get("/api/v1/reindex", 200, "/api/v1/reindex"));
        calls.add(new Call("POST", "/api/v1/reindex", 202, fixture.request("/api/v1/reindex").POST(HttpRequest.BodyPublishers.noBody()).build()));
        calls.add(new Call("DELETE", "/api/v1/session", 204, browser("/api/v1/session", cookie, session.get("csrf")).DELETE().build()));
        calls.add(new Call("GET", "/api/v1/health", 200, HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/health"))).build()));
        calls.add(new Call("GET", "/api/v1/openapi.json", 200,
                HttpRequest.newBuilder(URI.create(fixture.url(ApiReference.DOCUMENT_PATH))).build()));
        return calls;
    }

    /** Errors of each kind the routes give, as far as a client can provoke them. */
    private static List<Call> errors() throws Exception {
        List<Call> calls = new ArrayList<>();
        calls.add(get("/api/v1/articles", 400, "/api/v1/articles?limit=x"));
        calls.add(get("/api/v1/articles", 400, "/api/v1/articles?after=not-a-cursor"));
        calls.add(new Call("GET", "/api/v1/alerts", 401, HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/alerts"))).build()));
        calls.add(new Call("GET", "/api/v1/users", 403, fixture.as(TestOffice.ANALYST, "/api/v1/users").GET().build()));
        calls.add(new Call("GET", "/api/v1/library/{id}", 403, fixture.as(TestOffice.OTHER_OFFICER, "/api/v1/library/"
                + ApiFixture.LANG_SON_DRAFT).GET().build()));
        calls.add(get("/api/v1/articles/{id}", 404, "/api/v1/articles/0000"));
        calls.add(get("/api/v1/alerts/{id}", 404, "/api/v1/alerts/none"));
        calls.add(new Call("POST", "/api/v1/users", 409, json(fixture.request("/api/v1/users"), "POST",
                "{\"name\": \"" + TestOffice.READER + "\", \"role\": \"reader\", \"provinces\": [\"20\"], \"password\": \"một mật khẩu đủ dài\"}")));
        calls.add(new Call("POST", "/api/v1/reindex", 409, fixture.request("/api/v1/reindex").POST(HttpRequest.BodyPublishers.noBody()).build()));
        calls.add(new Call("POST", "/api/v1/session", 401, json(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/session"))), "POST",
                "{\"name\": \"nobody\", \"password\": \"a wrong password\"}")));
        calls.add(new Call("POST", "/api/v1/session", 415, HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/session")))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("name=x")).build()));
        calls.add(new Call("POST", "/api/v1/session", 413, raw("POST /api/v1/session HTTP/1.1\r\nHost: t\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + (2 << 20) + "\r\n\r\n{")));
        calls.add(get("/api/v1/articles", 414, "/api/v1/articles?q=" + "x".repeat(5000)));
        calls.add(new Call("GET", "/api/v1/health", 431, raw("GET /api/v1/health HTTP/1.1\r\nHost: t\r\nConnection: close\r\n"
                + "X-Padding: " + "x".repeat(20_000) + "\r\n\r\n")));
        return calls;
    }

    private static void check(Call call) throws Exception {
        Answer answer = call.request().send();
        String what = call.operation() + " -> " + answer.status();
        assertEquals(call.status(), answer.status(), what + ": " + answer.body());
        if (call.status() == 204) {
            assertTrue(answer.body().isEmpty(), what);
            return;
        }
        assertTrue(answer.contentType().startsWith(JSON_TYPE), what + ": " + answer.contentType());
        Schema schema = schemaOf(call.method().toLowerCase(), call.route(), call.status());
        List<Error> errors = schema.validate(JSON.readTree(answer.body()));
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(), what + " against the document: " + answer.body());
    }

    /** A request sent as it is over a socket, for what an HTTP client will not send. */
    private static Exchange raw(String request) {
        return () -> {
            RawHttp.Reply reply = (RawHttp.Reply) RawHttp.send(fixture.api.port(), RawHttp.bytes(request), Duration.ofSeconds(10));
            return new Answer(reply.status(), reply.header("Content-Type").orElse(""), reply.text());
        };
    }

    /** The schema the document gives for the answer of an operation with a status. */
    static Schema schemaOf(String method, String route, int status) {
        String pointer = "/paths/" + escape(route) + "/" + method + "/responses/" + status;
        JsonNode response = strict.at(JsonPointer.compile(pointer));
        assertFalse(response.isMissingNode(), "the document lists " + status + " for " + method.toUpperCase() + " " + route);
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
        }
        pointer += "/content/" + escape(JSON_TYPE) + "/schema";
        assertFalse(strict.at(JsonPointer.compile(pointer)).isMissingNode(), "a JSON schema at " + pointer);
        return schemas.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + pointer));
    }

    /**
     * Makes every object schema that names its properties closed to others (unless it says
     * otherwise), for the check only: the document served leaves clients free to meet new fields.
     */
    static void forbidUndocumentedProperties(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("type").asText().equals("object") && object.get("properties") instanceof ObjectNode
                    && !object.has("additionalProperties") && !object.has("unevaluatedProperties")) {
                object.put("additionalProperties", false);
            }
            object.forEach(OpenApiResponsesTest::forbidUndocumentedProperties);
        } else if (node.isArray()) {
            node.forEach(OpenApiResponsesTest::forbidUndocumentedProperties);
        }
    }

    private static Call get(String route, int status, String path) {
        return new Call("GET", route, status, fixture.request(path).GET().build());
    }

    private static HttpRequest.Builder browser(String path, String cookie, String csrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fixture.url(path))).header("Cookie", cookie);
        return csrf == null ? request : request.header(Gatekeeper.CSRF_HEADER, csrf);
    }

    private static HttpRequest json(HttpRequest.Builder request, String method, String body) {
        return request.header("Content-Type", JSON_TYPE).method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
