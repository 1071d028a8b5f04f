package org.presswatch.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML mapping read into a Jackson tree that remembers the line of every key and list item,
 * so that later checks can say exactly where a wrong value was written. Paths are dotted keys
 * with list indexes in brackets: {@code crawler.connect-timeout}, {@code sources[3].feeds[0]}.
 */
public final class YamlDocument {
    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode root;
    private final Map<String, Origin> origins;

    private YamlDocument(ObjectNode root, Map<String, Origin> origins) {
        this.root = root;
        this.origins = origins;
    }

    /**
     * Reads a file. A missing file, a YAML syntax error, a duplicate key or a document that is
     * not a mapping is a {@link ConfigException} naming the file and the line.
     */
    public static YamlDocument read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("configuration file " + file + " does not exist or is not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new ConfigException("configuration file " + file + " does not exist");
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a stream; {@code name} is how errors refer to it. */
    public static YamlDocument read(InputStream in, String name) throws IOException {
        Map<String, Origin> origins = new HashMap<>();
        try (JsonParser parser = YAML.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlDocument(NODES.objectNode(), origins);
            }
            if (first != JsonToken.START_OBJECT) {
                throw new ConfigException(name + ", line " + line(parser) + ": expected 'key: value' lines at the top level");
            }
            ObjectNode root = (ObjectNode) readValue(parser, "", name, origins);
            if (parser.nextToken() != null) {
                throw new ConfigException(name + ", line " + line(parser) + ": only one YAML document is allowed");
            }
            return new YamlDocument(root, origins);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? name : name + ", line " + at.getLineNr();
            throw new ConfigException(where + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    public ObjectNode root() {
        return root;
    }

    /** Where the value at a path was written; paths not written in this document have none. */
    public Origin origin(String path) {
        return origins.get(path);
    }

    Map<String, Origin> origins() {
        return origins;
    }

    private static JsonNode readValue(JsonParser parser, String path, String name, Map<String, Origin> origins)
            throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    String child = path.isEmpty() ? key : path + "." + key;
                    if (object.has(key)) {
                        throw new ConfigException(name + ", line " + line(parser) + ": key '" + child + "' is written twice");
                    }
                    origins.put(child, new Origin(name, line(parser)));
                    parser.nextToken();
                    object.set(key, readValue(parser, child, name, origins));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    String child = path + "[" + array.size() + "]";
                    origins.put(child, new Origin(name, line(parser)));
                    array.add(readValue(parser, child, name, origins));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(parser.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new ConfigException(name + ", line " + line(parser) + ": unexpected " + token);
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
