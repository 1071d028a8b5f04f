package org.presswatch.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.presswatch.core.json.Json;

/**
 * An alert's figures in JSON, as the stores keep them and the API gives them: each kind's own
 * fields, by name, every one required and no other allowed; alerts stored by an earlier
 * presswatch (figures as numbers only) read into the same typed figures.
 */
class AlertJsonTest {
    private static final Instant RAISED = Instant.parse("2026-12-01T03:00:00Z");

    private static Alert alert(AlertFigures figures) {
        return new Alert("a-1", RAISED, "20", "border", "8 articles on border (20)", List.of("x1", "x2"), figures);
    }

    private static JsonNode json(Alert alert) throws JsonProcessingException {
        return Json.mapper().readTree(Json.mapper().writeValueAsString(alert));
    }

    private static Alert read(String json) throws JsonProcessingException {
        return Json.mapper().readValue(json, Alert.class);
    }

    private static TreeSet<String> fields(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void eachKindWritesItsOwnFieldsAndReadsBackEqual() throws JsonProcessingException {
        Alert spike = alert(new AlertFigures.Spike(8, 2.5, 1.6, 7.3, Instant.parse("2026-12-01T02:30:00Z"), 3600));
        Alert risk = alert(new AlertFigures.HighRisk(0.82, Map.of("topic", 0.5, "foreign", 0.12)));
        Alert story = alert(new AlertFigures.Amplification(4, 5, 21_600, Instant.parse("2026-12-01T01:00:00Z")));

        assertEquals("SPIKE", json(spike).get("kind").asText());
        assertEquals(new TreeSet<>(List.of("count", "baseline_mean", "baseline_sd", "threshold", "window_start", "window_seconds")),
                fields(json(spike).get("figures")));
        assertEquals("HIGH_RISK", json(risk).get("kind").asText());
        assertEquals(new TreeSet<>(List.of("risk", "topic", "foreign")), fields(json(risk).get("figures")));
        assertEquals("AMPLIFICATION", json(story).get("kind").asText());
        assertEquals(new TreeSet<>(List.of("sources", "copies", "window_seconds", "first_published")), fields(json(story).get("figures")));
        for (Alert a : List.of(spike, risk, story)) {
            assertEquals(a, read(Json.mapper().writeValueAsString(a)), a.kind() + " reads back as written");
        }
    }

    @Test
    void alertsStoredByAnEarlierPresswatchReadIntoTypedFigures() throws JsonProcessingException {
        Alert spike = read("""
                {"id": "spike-20-border-1", "kind": "SPIKE", "raisedAt": "2026-12-01T03:00:00Z", "province": "20", "topic": "border",
                 "summary": "8 articles", "articleIds": ["x1"], "figures": {"count": 8.0, "baseline_mean": 2.5, "baseline_sd": 1.6,
                 "threshold": 7.3, "window_start": 1796092200.0, "window_seconds": 3600.0}}""");
        AlertFigures.Spike figures = assertInstanceOf(AlertFigures.Spike.class, spike.figures());
        assertEquals(8, figures.count());
        assertEquals(2.5, figures.baselineMean());
        assertEquals(Instant.parse("2026-12-01T02:30:00Z"), figures.windowStart());
        assertEquals(3600, figures.window().toSeconds());

        Alert risk = read("""
                {"id": "risk-x1", "kind": "HIGH_RISK", "raisedAt": "2026-12-01T03:00:00Z", "province": null, "topic": "religion",
                 "summary": "risk 0.82", "articleIds": ["x1"], "figures": {"risk": 0.82, "topic": 0.5, "tone": 0.1}}""");
        assertEquals(new AlertFigures.HighRisk(0.82, Map.of("topic", 0.5, "tone", 0.1)), risk.figures());
    }

    @Test
    void aMissingOrRenamedFigureIsAnErrorNotAZero() {
        String renamed = """
                {"id": "s", "kind": "SPIKE", "raisedAt": "2026-12-01T03:00:00Z", "summary": "s", "articleIds": ["x1"],
                 "figures": {"count": 8, "mean": 2.5, "baseline_sd": 1.6, "threshold": 7.3, "window_start": 1796092200,
                 "window_seconds": 3600}}""";
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> read(renamed));
        assertTrue(e.getMessage().contains("mean"), e.getMessage());

        String missing = """
                {"id": "s", "kind": "AMPLIFICATION", "raisedAt": "2026-12-01T03:00:00Z", "summary": "s", "articleIds": ["x1"],
                 "figures": {"sources": 4, "window_seconds": 21600, "first_published": 1796086800}}""";
        e = assertThrows(JsonProcessingException.class, () -> read(missing));
        assertTrue(e.getMessage().contains("copies"), e.getMessage());

        String noRisk = """
                {"id": "r", "kind": "HIGH_RISK", "raisedAt": "2026-12-01T03:00:00Z", "summary": "r", "articleIds": ["x1"],
                 "figures": {"topic": 0.5}}""";
        assertThrows(JsonProcessingException.class, () -> read(noRisk));

        String unknownKind = """
                {"id": "u", "kind": "RUMOUR", "raisedAt": "2026-12-01T03:00:00Z", "summary": "u", "articleIds": ["x1"], "figures": {}}""";
        assertThrows(JsonProcessingException.class, () -> read(unknownKind));
    }
}
