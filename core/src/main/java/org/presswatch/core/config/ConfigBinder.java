package org.presswatch.core.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * Binds a checked YAML tree to configuration records (kebab-case keys, durations as
 * {@code 10s}), turning every binding failure into a {@link ConfigException} that names the key
 * and where it was written.
 */
final class ConfigBinder {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new SimpleModule("presswatch-config")
                    .addDeserializer(Duration.class, new DurationDeserializer())
                    .addDeserializer(Path.class, new PathDeserializer()))
            .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .build();

    private ConfigBinder() {}

    /**
     * @param at the path of {@code tree} in its document, empty for the root
     * @param origins where the value at a path was written, or null when unknown
     */
    static <T> T bind(JsonNode tree, Class<T> type, String at, Function<String, Origin> origins) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            String path = join(at, pathOf(e));
            throw new ConfigException("invalid value for '" + path + "' (" + originOf(path, origins) + "): " + reasonOf(e), e);
        } catch (IOException e) {
            throw new ConfigException("cannot bind configuration: " + e.getMessage(), e);
        }
    }

    private static String pathOf(JsonMappingException e) {
        String path = "";
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path = join(path, ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path += "[" + ref.getIndex() + "]";
            }
        }
        return path;
    }

    private static String join(String parent, String child) {
        return parent.isEmpty() ? child : child.isEmpty() ? parent : parent + "." + child;
    }

    private static Origin originOf(String path, Function<String, Origin> origins) {
        for (String p = path; !p.isEmpty(); p = parent(p)) {
            Origin origin = origins.apply(p);
            if (origin != null) {
                return origin;
            }
        }
        return Origin.of("built-in defaults (presswatch-defaults.yaml)");
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    private static String reasonOf(JsonMappingException e) {
        Throwable cause = e instanceof ValueInstantiationException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        return e.getOriginalMessage();
    }

    private static final class DurationDeserializer extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return Durations.parse(p.getValueAsString());
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(p, e.getMessage(), e);
            }
        }
    }

    private static final class PathDeserializer extends JsonDeserializer<Path> {
        @Override
        public Path deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            if (text == null || text.isBlank()) {
                throw JsonMappingException.from(p, "a path must not be empty");
            }
            return Path.of(text);
        }
    }
}
