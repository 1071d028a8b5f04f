package org.presswatch.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentType;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.presswatch.core.Version;

/**
 * The API described for the people and programs that use it, both public:
 *
 * <ul>
 *   <li>{@code GET /api/v1/openapi.json}: the OpenAPI 3.1 document of every route, written by
 *       hand in {@value #DOCUMENT} and served as JSON with this build's version in
 *       {@code info.version};</li>
 *   <li>{@code /api/docs/}: the reference page, Swagger UI reading that document. Swagger UI's own
 *       files come from its webjar as they are (only those the page loads); the page and its
 *       initializer are ours, in {@value #PAGE_FILES}, because the page runs no inline script.
 *       Its Content-Security-Policy is {@link SecurityHeaders#DOCS_POLICY}.</li>
 * </ul>
 *
 * The page's files are static files, not routes: {@link ApiServer#routes()} lists the document
 * only, as the document lists itself.
 */
final class ApiReference {
    static final String DOCUMENT_PATH = "/api/v1/openapi.json";
    static final String PAGE_PATH = "/api/docs/";
    /** The document as written, on the class path. */
    static final String DOCUMENT = "/org/presswatch/api/openapi.yaml";
    /** The page and its initializer, on the class path. */
    static final String PAGE_FILES = "/org/presswatch/api/docs";
    private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/";
    private static final String WEBJAR_PROPERTIES = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
    /** The files of Swagger UI the page loads; the webjar's others (its own page, a petstore initializer, OAuth's redirect) stay out. */
    private static final Set<String> SWAGGER_UI_FILES = Set.of("swagger-ui-bundle.js", "swagger-ui.css");

    private ApiReference() {}

    /** Serves the document and the page; before {@link HttpPlumbing#finish}, so that HEAD answers the document too. */
    static void install(JavalinConfig config) {
        byte[] json = documentJson();
        config.routes.get(DOCUMENT_PATH, ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(json), Access.PUBLIC);
        String hosted = PAGE_PATH.substring(0, PAGE_PATH.length() - 1);
        config.staticFiles.add(files -> {
            files.hostedPath = hosted;
            files.directory = PAGE_FILES;
            files.location = Location.CLASSPATH;
            files.roles = Set.of(Access.PUBLIC);
        });
        config.staticFiles.add(files -> {
            files.hostedPath = hosted;
            files.directory = WEBJAR + swaggerUiVersion();
            files.location = Location.CLASSPATH;
            files.roles = Set.of(Access.PUBLIC);
            files.skipFileFunction = request -> !SWAGGER_UI_FILES.contains(fileName(request.getRequestURI()));
        });
    }

    /** The document as served: the resource read, with this build's version. */
    static ObjectNode document() {
        try (InputStream in = ApiReference.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the presswatch-api jar");
            }
            JsonNode read = new YAMLMapper().readTree(in);
            if (!(read instanceof ObjectNode document) || !(document.get("info") instanceof ObjectNode info)) {
                throw new IllegalStateException(DOCUMENT + " is not an OpenAPI document: it has no info");
            }
            info.put("version", Version.get());
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DOCUMENT, e);
        }
    }

    private static byte[] documentJson() {
        try {
            return new ObjectMapper().writeValueAsString(document()).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree read from YAML is always JSON", e);
        }
    }

    /** The version of the Swagger UI webjar on the class path, which names the folder of its files. */
    static String swaggerUiVersion() {
        try (InputStream in = ApiReference.class.getResourceAsStream(WEBJAR_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("the Swagger UI webjar (org.webjars:swagger-ui) is missing from the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + WEBJAR_PROPERTIES, e);
        }
    }

    private static String fileName(String path) {
        return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    }
}
