package org.presswatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.Version;

/**
 * The OpenAPI document against the server it describes: every route the server registers is
 * documented and every documented operation registered, with its path parameters, who may call
 * it, its security, and the error responses that follow from those; the document is a valid
 * OpenAPI 3.1 document by the OpenAPI Initiative's own JSON Schema, and every reference in it
 * resolves. {@link OpenApiResponsesTest} holds the schemas to the server's real answers.
 */
class OpenApiDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> BODY_METHODS = Set.of("post", "put", "patch");
    /** The errors any request may meet, before its route reads it: a bad query string, a body, URL or headers over the limits. */
    private static final Set<String> ANY_REQUEST_ERRORS = Set.of("400", "413", "414", "431");
    /** The 4xx statuses the API gives at all. */
    private static final Set<String> API_ERRORS = Set.of("400", "401", "403", "404", "405", "409", "413", "414", "415", "429", "431");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");
    /** Where the OpenAPI Initiative publishes its JSON Schema of OpenAPI 3.1 documents (with the dialect of their schemas). */
    private static final String OAS_SCHEMA = "https://spec.openapis.org/oas/3.1/schema-base/2022-10-07";

    @TempDir
    static Path dir;
    static ApiFixture fixture;
    static ObjectNode document;

    /** One operation of the document: its method in lowercase, its path, and its object. */
    record Operation(String method, String path, JsonNode document) {
        String name() {
            return method.toUpperCase() + " " + path;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        fixture = ApiFixture.start(dir);
        document = ApiReference.document();
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    /** Every operation of the document, in its order. */
    static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey())) {
                operations.add(new Operation(entry.getKey(), path.getKey(), entry.getValue()));
            }
        }));
        return operations;
    }

    @Test
    void theDocumentIsServedToAnyoneAsJsonWithTheServersVersion() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url(ApiReference.DOCUMENT_PATH))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.headers().toString());
        assertEquals(SecurityHeaders.API_POLICY, response.headers().firstValue("Content-Security-Policy").orElse(null));
        JsonNode served = JSON.readTree(response.body());
        assertEquals(Version.get(), served.at("/info/version").asText());
        assertEquals(document, served, "the resource as written, with the version");
        assertTrue(served.get("openapi").asText().matches("3\\.1\\.\\d+"), served.get("openapi").asText());

        HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url(ApiReference.DOCUMENT_PATH)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
    }

    @Test
    void theReferencePageIsServedToAnyoneUnderItsOwnPolicyAndRunsNoInlineScript() throws Exception {
        for (String path : List.of(ApiReference.PAGE_PATH, "/api/docs", ApiReference.PAGE_PATH + "index.html")) {
            HttpResponse<String> page = get(path);
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            assertEquals(SecurityHeaders.DOCS_POLICY, page.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null), path);
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(page.body());
            int count = 0;
            while (scripts.find()) {
                count++;
                assertTrue(scripts.group(1).matches(" src=\"/api/docs/[a-z-]+\\.js\"") && scripts.group(2).isBlank(),
                        "a script of this server's, none inline: " + scripts.group());
            }
            assertEquals(2, count, "Swagger UI and its initializer");
            assertFalse(page.body().matches("(?s).*\\s(on[a-z]+|style)=.*"), "no inline handler or style");
        }
        for (String file : List.of("docs.js", "docs.css", "swagger-ui-bundle.js", "swagger-ui.css")) {
            HttpResponse<String> served = get(ApiReference.PAGE_PATH + file);
            assertEquals(200, served.statusCode(), file);
            assertEquals(SecurityHeaders.DOCS_POLICY, served.headers().firstValue("Content-Security-Policy").orElse(null), file);
        }
        assertTrue(get(ApiReference.PAGE_PATH + "docs.js").body().contains("url: DOCUMENT"), "the page reads the API's document");
        for (String left : List.of("swagger-initializer.js", "oauth2-redirect.html", "index.css", "swagger-ui.js", "nothing.js")) {
            HttpResponse<String> refused = get(ApiReference.PAGE_PATH + left);
            assertEquals(404, refused.statusCode(), left + " of the webjar is not served");
            assertEquals("not_found", JSON.readTree(refused.body()).get("error").asText(), left);
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyRegisteredRouteIsDocumentedAndEveryOperationRegistered() {
        Set<String> registered = fixture.api.routes().stream().filter(r -> !r.method().equals("HEAD"))
                .map(r -> r.method() + " " + r.path()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = operations(document).stream().map(Operation::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> undocumented = new TreeSet<>(registered);
        undocumented.removeAll(documented);
        Set<String> unregistered = new TreeSet<>(documented);
        unregistered.removeAll(registered);
        assertEquals(Set.of(), undocumented, "routes the server registers that the document leaves out");
        assertEquals(Set.of(), unregistered, "operations the document describes that the server does not register");
        assertFalse(documented.stream().anyMatch(op -> op.startsWith("HEAD ")), "HEAD is the GET of every path, not documented apart");
    }

    @Test
    void eachOperationSaysWhoMayCallItAndHow() {
        Map<String, Access> access = fixture.api.routes().stream().collect(Collectors.toMap(r -> r.method() + " " + r.path(),
                ApiServer.Route::access, (a, b) -> a));
        Set<String> schemes = new TreeSet<>();
        document.at("/components/securitySchemes").fieldNames().forEachRemaining(schemes::add);
        assertEquals(Set.of("token", "session", "csrf"), schemes);
        assertEquals("presswatch_session", document.at("/components/securitySchemes/session/name").asText());
        assertEquals(Gatekeeper.SESSION_COOKIE, document.at("/components/securitySchemes/session/name").asText());
        assertEquals(Gatekeeper.CSRF_HEADER, document.at("/components/securitySchemes/csrf/name").asText());
        assertEquals("bearer", document.at("/components/securitySchemes/token/scheme").asText());
        for (Operation op : operations(document)) {
            Access expected = access.get(op.name());
            assertNotNull(expected, op.name());
            assertEquals(expected.name().toLowerCase(), op.document().path("x-presswatch-access").asText(), op.name() + ": x-presswatch-access");
            JsonNode security = op.document().get("security");
            assertNotNull(security, op.name() + " says its security");
            if (expected == Access.PUBLIC) {
                assertEquals(0, security.size(), op.name() + " is public: security []");
                continue;
            }
            assertTrue(security.size() > 0, op.name() + " needs a caller");
            Set<String> alternatives = new TreeSet<>();
            for (JsonNode requirement : security) {
                List<String> names = new ArrayList<>();
                requirement.fieldNames().forEachRemaining(names::add);
                assertTrue(schemes.containsAll(names), op.name() + ": " + names);
                alternatives.add(String.join("+", new TreeSet<>(names)));
            }
            boolean changesState = !op.method().equals("get");
            assertEquals(changesState ? Set.of("token", "csrf+session") : Set.of("token", "session"), alternatives,
                    op.name() + ": a token, or the session" + (changesState ? " with its CSRF token" : ""));
        }
    }

    @Test
    void everyPathParameterIsDeclaredAndEveryDeclaredOneIsInThePath() {
        for (Operation op : operations(document)) {
            Set<String> inPath = new TreeSet<>();
            Matcher matcher = PATH_PARAMETER.matcher(op.path());
            while (matcher.find()) {
                inPath.add(matcher.group(1));
            }
            Set<String> declared = new TreeSet<>();
            List<JsonNode> parameters = new ArrayList<>();
            document.get("paths").get(op.path()).path("parameters").forEach(parameters::add);
            op.document().path("parameters").forEach(parameters::add);
            for (JsonNode parameter : parameters) {
                JsonNode resolved = resolve(parameter);
                assertTrue(resolved.hasNonNull("name") && resolved.hasNonNull("in") && resolved.has("schema"),
                        op.name() + ": a parameter has a name, a place and a schema: " + resolved);
                if (resolved.get("in").asText().equals("path")) {
                    assertTrue(resolved.path("required").asBoolean(), op.name() + ": path parameter " + resolved.get("name") + " is required");
                    declared.add(resolved.get("name").asText());
                }
            }
            assertEquals(inPath, declared, op.name() + ": its path parameters");
        }
    }

    @Test
    void everyOperationListsItsAnswerAndTheErrorsItCanGive() {
        Map<String, Access> access = fixture.api.routes().stream().collect(Collectors.toMap(r -> r.method() + " " + r.path(),
                ApiServer.Route::access, (a, b) -> a));
        for (Operation op : operations(document)) {
            Access who = access.get(op.name());
            JsonNode responses = op.document().get("responses");
            assertNotNull(responses, op.name());
            Set<String> statuses = new TreeSet<>();
            responses.fieldNames().forEachRemaining(statuses::add);
            assertTrue(statuses.stream().anyMatch(s -> s.startsWith("2")), op.name() + " has an answer: " + statuses);
            Set<String> expected = new TreeSet<>(ANY_REQUEST_ERRORS);
            if (who != Access.PUBLIC) {
                expected.add("401");
            }
            if (who == Access.ADMIN || !op.method().equals("get")) {
                expected.add("403"); // an admin's route; a read token, a missing CSRF token or another site for a change
            }
            if (op.path().contains("{")) {
                expected.add("404");
            }
            if (BODY_METHODS.contains(op.method())) {
                expected.add("415");
            }
            assertTrue(statuses.containsAll(expected), op.name() + " lists " + statuses + ", not all of " + expected);
            for (String status : statuses) {
                assertTrue(status.startsWith("2") || API_ERRORS.contains(status), op.name() + ": " + status + " is not an error the API gives");
                JsonNode response = resolve(responses.get(status));
                assertFalse(response.path("description").asText().isBlank(), op.name() + " " + status + " says what it means");
                if (status.startsWith("4")) {
                    JsonNode schema = resolve(response.at("/content/application~1json/schema"));
                    Set<String> required = new TreeSet<>();
                    schema.path("required").forEach(name -> required.add(name.asText()));
                    assertTrue(required.containsAll(Set.of("error", "message")), op.name() + " " + status + " is the error shape: " + schema);
                }
            }
            boolean hasBody = op.document().has("requestBody");
            assertEquals(BODY_METHODS.contains(op.method()) && !op.name().equals("POST /api/v1/reindex"), hasBody,
                    op.name() + ": a request body exactly where the route reads one");
        }
        JsonNode methodNotAllowed = document.at("/components/responses/MethodNotAllowed");
        assertTrue(methodNotAllowed.at("/headers/Allow").isObject(), "405 names the methods a path takes, with Allow");
        assertTrue(document.at("/info/description").asText().contains("**405**"), "the description says when a 405 comes");
    }

    @Test
    void operationIdsAreUniqueAndTagsDeclared() {
        Set<String> tags = new TreeSet<>();
        document.get("tags").forEach(tag -> tags.add(tag.get("name").asText()));
        Set<String> ids = new TreeSet<>();
        Set<String> used = new TreeSet<>();
        for (Operation op : operations(document)) {
            String id = op.document().path("operationId").asText();
            assertFalse(id.isBlank(), op.name() + " has an operationId");
            assertTrue(ids.add(id), "operationId " + id + " is used twice");
            assertFalse(op.document().path("summary").asText().isBlank(), op.name() + " has a summary");
            assertEquals(1, op.document().path("tags").size(), op.name() + " has one tag");
            String tag = op.document().get("tags").get(0).asText();
            assertTrue(tags.contains(tag), op.name() + ": tag " + tag + " is declared");
            used.add(tag);
        }
        assertEquals(tags, used, "every declared tag has operations");
    }

    @Test
    void everyReferenceResolvesAndEveryComponentIsUsed() {
        List<String> references = new ArrayList<>();
        collectReferences(document, references);
        assertFalse(references.isEmpty());
        for (String reference : references) {
            assertTrue(reference.startsWith("#/"), "a reference within the document: " + reference);
            assertFalse(document.at(JsonPointer.compile(reference.substring(1))).isMissingNode(), "unresolved " + reference);
        }
        for (String kind : List.of("schemas", "parameters")) {
            document.get("components").get(kind).fieldNames().forEachRemaining(name -> assertTrue(
                    references.contains("#/components/" + kind + "/" + name), "components/" + kind + "/" + name + " is used"));
        }
    }

    @Test
    void theDocumentIsValidByTheJsonSchemaOfOpenApi31Documents() throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaIdResolvers(ids -> ids.mapPrefix("https://spec.openapis.org/oas/3.1/", "classpath:spec.openapis.org/oas/3.1/")));
        Schema oas = registry.getSchema(SchemaLocation.of(OAS_SCHEMA));
        List<Error> errors = oas.validate(document);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(), "the document against " + OAS_SCHEMA);

        ObjectNode broken = document.deepCopy();
        ((ObjectNode) broken.at("/paths/~1api~1v1~1health/get")).remove("responses");
        ((ObjectNode) broken.at("/components/schemas/Health")).put("type", "record");
        broken.put("openapi", "3.0.3");
        List<String> found = oas.validate(broken).stream().map(Error::toString).toList();
        assertTrue(found.size() >= 3, "the validator finds what is broken: " + found);
    }

    /** The object a reference points to, or the object itself when it is none. */
    static JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        for (int hops = 0; resolved.has("$ref"); hops++) {
            assertTrue(hops < 10, "a loop of references at " + node);
            resolved = document.at(JsonPointer.compile(resolved.get("$ref").asText().substring(1)));
            assertFalse(resolved.isMissingNode(), "unresolved " + node);
        }
        return resolved;
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    references.add(field.getValue().asText());
                } else {
                    collectReferences(field.getValue(), references);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> collectReferences(item, references));
        }
    }
}
