package org.presswatch.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.presswatch.core.Version;

/**
 * The API described for the programs and people that use it, in public:
 * {@code GET /api/v1/openapi.json}, the OpenAPI 3.1 document of every route, written by hand in
 * {@value #DOCUMENT} and served as JSON with this build's version in {@code info.version}.
 */
final class ApiReference {
    static final String DOCUMENT_PATH = "/api/v1/openapi.json";
    /** The document as written, on the class path. */
    static final String DOCUMENT = "/org/presswatch/api/openapi.yaml";

    private ApiReference() {}

    /** Serves the document; before {@link HttpPlumbing#finish}, so that HEAD answers the document too. */
    static void install(JavalinConfig config) {
        byte[] json = documentJson();
        config.routes.get(DOCUMENT_PATH, ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(json), Access.PUBLIC);
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
}
