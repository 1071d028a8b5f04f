package org.presswatch.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.presswatch.core.util.Suggestions;

/**
 * Loads {@link PresswatchConfig} from its layers: the built-in defaults, the user's file,
 * environment variables and command-line overrides, later layers winning.
 *
 * <p>The defaults file is also the schema: a key it does not have, or a value of another kind
 * than its default (text, whole number, number, true/false, list, section), is rejected with a
 * {@link ConfigException} naming the key, the file and the line, and suggesting the key that was
 * probably meant. Environment variables starting with {@code PRESSWATCH_} must name a setting too.
 *
 * <p>A loader is a builder for one load; it is not thread-safe.
 */
public final class ConfigLoader {
    public static final String ENV_PREFIX = "PRESSWATCH_";
    /**
     * Variables of presswatch's that are not settings: read by the launcher script (Java options,
     * home) and by the evaluation commands (where the third-party data sets are).
     */
    static final Set<String> OTHER_VARIABLES = Set.of("PRESSWATCH_JAVA_OPTS", "PRESSWATCH_HOME", "PRESSWATCH_CORPORA");

    private static final String DEFAULTS_RESOURCE = "/org/presswatch/core/presswatch-defaults.yaml";
    private static final String DEFAULTS_NAME = "built-in defaults (presswatch-defaults.yaml)";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Path file;
    private Map<String, String> environment = Map.of();
    private final Map<String, Object> overrides = new LinkedHashMap<>();
    private final Map<String, Object> commandDefaults = new LinkedHashMap<>();
    private String command = "command";

    /** The user's configuration file, or null for none. */
    public ConfigLoader file(Path userFile) {
        this.file = userFile;
        return this;
    }

    /** The process environment, usually {@code System.getenv()}. */
    public ConfigLoader environment(Map<String, String> variables) {
        this.environment = Map.copyOf(variables);
        return this;
    }

    /** A value from a command-line option, such as {@code api.port} from {@code --port}. */
    public ConfigLoader override(String path, Object value) {
        overrides.put(path, value);
        return this;
    }

    /**
     * A default of the running command, above the built-in one but below everything the user
     * sets: the demo's newsroom runs on compressed time, and its alert windows follow.
     */
    public ConfigLoader commandDefault(String command, String path, Object value) {
        this.command = command;
        commandDefaults.put(path, value);
        return this;
    }

    public PresswatchConfig load() {
        YamlDocument defaults = readDefaults();
        ObjectNode merged = defaults.root().deepCopy();
        Map<String, Origin> origins = new HashMap<>(defaults.origins());
        commandDefaults.forEach((path, value) -> setValue(defaults, merged, origins, path, value, Origin.of("defaults of " + command)));
        if (file != null) {
            YamlDocument user = YamlDocument.read(file);
            checkShape(user.root(), defaults.root(), "", user);
            merge(merged, user.root());
            origins.putAll(user.origins());
        }
        Map<String, String> settingByVariable = environmentNames(defaults.root());
        new TreeMap<>(environment).forEach((name, value) -> {
            if (!name.startsWith(ENV_PREFIX) || OTHER_VARIABLES.contains(name)) {
                return;
            }
            String path = settingByVariable.get(name);
            if (path == null) {
                throw new ConfigException("unknown environment variable " + name + Suggestions.didYouMean(name,
                        settingByVariable.keySet()) + "; it names no setting (see presswatch-defaults.yaml)");
            }
            Origin origin = Origin.of("environment variable " + name);
            set(merged, path, fromText(value, at(defaults.root(), path), path, origin));
            origins.put(path, origin);
        });
        overrides.forEach((path, value) -> setValue(defaults, merged, origins, path, value, Origin.of("command line")));
        return ConfigBinder.bind(merged, PresswatchConfig.class, "", origins::get);
    }

    private static void setValue(YamlDocument defaults, ObjectNode merged, Map<String, Origin> origins, String path, Object value,
                                 Origin origin) {
        JsonNode schema = at(defaults.root(), path);
        if (schema == null || !schema.isValueNode() || value == null) {
            throw new IllegalArgumentException("no setting '" + path + "' to set to " + value);
        }
        set(merged, path, textOrNumber(value));
        origins.put(path, origin);
    }

    private static YamlDocument readDefaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing from the presswatch-core jar");
            }
            return YamlDocument.read(in, DEFAULTS_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkShape(JsonNode user, JsonNode schema, String path, YamlDocument doc) {
        if (schema.isObject()) {
            if (!user.isObject()) {
                throw wrongKind(path, schema, doc);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = user.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                JsonNode childSchema = schema.get(field.getKey());
                if (childSchema == null) {
                    List<String> siblings = new ArrayList<>();
                    schema.fieldNames().forEachRemaining(n -> siblings.add(path.isEmpty() ? n : path + "." + n));
                    throw new ConfigException("unknown key '" + child + "' in " + doc.origin(child)
                            + Suggestions.didYouMean(child, siblings));
                }
                checkShape(field.getValue(), childSchema, child, doc);
            }
        } else if (schema.isArray()) {
            if (!user.isArray()) {
                throw wrongKind(path, schema, doc);
            }
            for (int i = 0; i < user.size(); i++) {
                JsonNode element = user.get(i);
                JsonNode elementSchema = schema.isEmpty() ? NODES.textNode("") : schema.get(0);
                checkShape(element, elementSchema, path + "[" + i + "]", doc);
            }
        } else if (kind(user) != kind(schema) && !(kind(schema) == Kind.NUMBER && kind(user) == Kind.WHOLE_NUMBER)) {
            throw wrongKind(path, schema, doc);
        }
    }

    private static ConfigException wrongKind(String path, JsonNode schema, YamlDocument doc) {
        String example = schema.isValueNode() ? ", like the default '" + schema.asText() + "'" : "";
        String expected = isDuration(schema) ? "a duration (250ms, 10s, 5m, 2h or 1d)" : kind(schema).description;
        return new ConfigException("'" + path + "' in " + doc.origin(path) + " must be " + expected + example);
    }

    private static boolean isDuration(JsonNode schema) {
        try {
            return schema.isTextual() && Durations.parse(schema.asText()) != null;
        } catch (IllegalArgumentException notADuration) {
            return false;
        }
    }

    private enum Kind {
        SECTION("a section of 'key: value' lines"), LIST("a list"), TEXT("text"), WHOLE_NUMBER("a whole number"),
        NUMBER("a number"), BOOLEAN("true or false"), NOTHING("a value");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    private static Kind kind(JsonNode node) {
        if (node.isObject()) {
            return Kind.SECTION;
        } else if (node.isArray()) {
            return Kind.LIST;
        } else if (node.isTextual()) {
            return Kind.TEXT;
        } else if (node.isIntegralNumber()) {
            return Kind.WHOLE_NUMBER;
        } else if (node.isNumber()) {
            return Kind.NUMBER;
        } else if (node.isBoolean()) {
            return Kind.BOOLEAN;
        }
        return Kind.NOTHING;
    }

    private static void merge(ObjectNode target, JsonNode overlay) {
        overlay.fields().forEachRemaining(field -> {
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode section && field.getValue().isObject()) {
                merge(section, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue());
            }
        });
    }

    /** Maps PRESSWATCH_API_PORT to api.port, for every leaf setting of the defaults. */
    static Map<String, String> environmentNames(JsonNode defaults) {
        Map<String, String> names = new TreeMap<>();
        collectLeaves(defaults, "", names);
        return names;
    }

    private static void collectLeaves(JsonNode node, String path, Map<String, String> names) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> collectLeaves(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), names));
        } else {
            String name = ENV_PREFIX + path.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
            String clash = names.put(name, path);
            if (clash != null) {
                throw new IllegalStateException("settings " + clash + " and " + path + " share the variable " + name);
            }
        }
    }

    private static JsonNode fromText(String value, JsonNode schema, String path, Origin origin) {
        String text = value.trim();
        try {
            return switch (kind(schema)) {
                case WHOLE_NUMBER -> NODES.numberNode(Long.parseLong(text));
                case NUMBER -> NODES.numberNode(Double.parseDouble(text));
                case BOOLEAN -> {
                    if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                        throw new NumberFormatException();
                    }
                    yield NODES.booleanNode(Boolean.parseBoolean(text));
                }
                case LIST -> {
                    ArrayNode list = NODES.arrayNode();
                    for (String item : text.split(",")) {
                        if (!item.isBlank()) {
                            list.add(item.trim());
                        }
                    }
                    yield list;
                }
                default -> NODES.textNode(value);
            };
        } catch (NumberFormatException e) {
            throw new ConfigException(origin + ": '" + value + "' for setting '" + path + "' must be " + kind(schema).description);
        }
    }

    private static JsonNode textOrNumber(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return NODES.numberNode(((Number) value).longValue());
        } else if (value instanceof Number n) {
            return NODES.numberNode(n.doubleValue());
        } else if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        return NODES.textNode(String.valueOf(value));
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String key : path.split("\\.")) {
            node = node == null ? null : node.get(key);
        }
        return node;
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] keys = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < keys.length - 1; i++) {
            node = (ObjectNode) node.get(keys[i]);
        }
        node.set(keys[keys.length - 1], value);
    }
}
