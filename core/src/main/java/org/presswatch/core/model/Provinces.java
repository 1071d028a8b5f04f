package org.presswatch.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.presswatch.core.util.Folding;

/**
 * The registry of provinces: the 34 units of 2025 and the 63 former units, loaded once from
 * {@code provinces.yaml} in this jar. Immutable and safe to share between threads.
 */
public final class Provinces {
    private static final String RESOURCE = "/org/presswatch/core/provinces.yaml";
    private static final Provinces INSTANCE = load();

    private final Map<String, Province> byCode;
    private final List<FormerProvince> formerUnits;
    private final Map<String, Province> byNameKey;

    private Provinces(List<Province> units) {
        Map<String, Province> codes = new LinkedHashMap<>();
        Map<String, Province> names = new HashMap<>();
        List<FormerProvince> former = new ArrayList<>();
        for (Province unit : units) {
            if (codes.put(unit.code(), unit) != null) {
                throw new IllegalStateException("province code " + unit.code() + " listed twice in " + RESOURCE);
            }
            names.put(Folding.key(unit.name()), unit);
            names.put(Folding.key(unit.englishName()), unit);
            unit.otherNames().forEach(other -> names.put(Folding.key(other), unit));
            former.addAll(unit.formerUnits());
        }
        for (FormerProvince unit : former) {
            names.putIfAbsent(Folding.key(unit.name()), codes.get(unit.mergedInto()));
        }
        this.byCode = Collections.unmodifiableMap(codes);
        this.formerUnits = List.copyOf(former);
        this.byNameKey = Map.copyOf(names);
    }

    /** The 34 units of 2025, in code order. */
    public static List<Province> all() {
        return List.copyOf(INSTANCE.byCode.values());
    }

    /** The 63 units of before 2025, each naming the unit it merged into. */
    public static List<FormerProvince> formerUnits() {
        return INSTANCE.formerUnits;
    }

    public static Optional<Province> byCode(String code) {
        return Optional.ofNullable(code == null ? null : INSTANCE.byCode.get(code));
    }

    /** The unit for a 2025 code; an unknown code is the caller's mistake. */
    public static Province require(String code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException(
                "unknown province code '" + code + "'; the codes of 2025 are " + String.join(", ", INSTANCE.byCode.keySet())));
    }

    /**
     * The 2025 unit a name refers to: a current name, its English form, or the name of a former
     * unit, with or without diacritics and in any case.
     */
    public static Optional<Province> byName(String name) {
        return Optional.ofNullable(name == null ? null : INSTANCE.byNameKey.get(Folding.key(name)));
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static Provinces load() {
        try (InputStream in = Provinces.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the presswatch-core jar");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<Province> units = new ArrayList<>();
            for (JsonNode unit : root.path("units")) {
                String code = unit.path("code").asText();
                List<FormerProvince> former = new ArrayList<>();
                for (JsonNode f : unit.path("former")) {
                    former.add(new FormerProvince(f.path("code").asText(), f.path("name").asText(), code));
                }
                units.add(new Province(code, unit.path("name").asText(),
                        unit.hasNonNull("english") ? unit.get("english").asText() : null,
                        texts(unit.path("aka")),
                        Province.Type.valueOf(unit.path("type").asText().toUpperCase(Locale.ROOT)), former));
            }
            return new Provinces(units);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
