package org.presswatch.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.presswatch.core.util.Validate;

/**
 * The numbers behind an alert, one record per kind, so that what reads them (the officers' line,
 * the API) gets each by name and type and a missing or renamed one is an error where the alert
 * is made or read, never a zero on the screen. In JSON each is an object of its fields in
 * snake_case, every field required and no other allowed; the alert's {@code kind} says which.
 */
public sealed interface AlertFigures {
    /** The kind of alert these figures belong to. */
    Alert.Kind kind();

    /**
     * A (province, topic) count in one window far above its usual count.
     *
     * @param count the articles in the window when the alert was raised
     * @param baselineMean the pair's usual count for a window (exponentially weighted mean)
     * @param baselineSd its standard deviation, never below a Poisson count's
     * @param threshold the count from which the window raises the alert
     * @param windowStart when the window began
     * @param windowSeconds the window's length
     */
    record Spike(@JsonProperty(value = "count", required = true) int count,
                 @JsonProperty(value = "baseline_mean", required = true) double baselineMean,
                 @JsonProperty(value = "baseline_sd", required = true) double baselineSd,
                 @JsonProperty(value = "threshold", required = true) double threshold,
                 @JsonProperty(value = "window_start", required = true) Instant windowStart,
                 @JsonProperty(value = "window_seconds", required = true) long windowSeconds) implements AlertFigures {
        public Spike {
            Validate.isTrue(count >= 0, "a spike's count cannot be negative, was %d", count);
            Validate.isTrue(Double.isFinite(baselineMean) && baselineMean >= 0, "a spike's baseline mean must be a count, was %s", baselineMean);
            Validate.isTrue(Double.isFinite(baselineSd) && baselineSd >= 0, "a spike's baseline deviation must be a count, was %s", baselineSd);
            Validate.isTrue(Double.isFinite(threshold), "a spike's threshold must be finite, was %s", threshold);
            Validate.notNull(windowStart, "window_start");
            Validate.isTrue(windowSeconds > 0, "a spike's window must be positive, was %d s", windowSeconds);
        }

        @Override
        public Alert.Kind kind() {
            return Alert.Kind.SPIKE;
        }

        public Duration window() {
            return Duration.ofSeconds(windowSeconds);
        }
    }

    /**
     * An article whose risk score reached the alert threshold. In JSON one flat object: the score
     * as {@code risk}, and each factor's contribution under the factor's name.
     *
     * @param risk the article's risk score
     * @param contributions what each factor of the score added to it, by factor name
     */
    record HighRisk(double risk, Map<String, Double> contributions) implements AlertFigures {
        private static final String RISK = "risk";

        public HighRisk {
            Validate.inRange(risk, 0.0, 1.0, "risk");
            contributions = Validate.copyOf(contributions, "contributions");
            Validate.isTrue(!contributions.containsKey(RISK), "no factor of a risk score is named '%s'", RISK);
        }

        /** The figures of an article's risk score. */
        public static HighRisk of(Risk risk) {
            Map<String, Double> contributions = new LinkedHashMap<>();
            for (Risk.Factor factor : risk.factors()) {
                contributions.put(factor.name(), factor.contribution());
            }
            return new HighRisk(risk.score(), contributions);
        }

        @Override
        public Alert.Kind kind() {
            return Alert.Kind.HIGH_RISK;
        }

        @JsonValue
        Map<String, Double> json() {
            Map<String, Double> flat = new LinkedHashMap<>();
            flat.put(RISK, risk);
            flat.putAll(contributions);
            return flat;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static HighRisk fromJson(Map<String, Double> flat) {
            Validate.isTrue(flat.get(RISK) != null, "a high-risk alert's figures need its \"%s\"", RISK);
            Map<String, Double> contributions = new LinkedHashMap<>(flat);
            return new HighRisk(contributions.remove(RISK), contributions);
        }
    }

    /**
     * One story (near-duplicate texts) published by many distinct sources in a short time.
     *
     * @param sources the distinct sources that published it
     * @param copies the articles of the story, from every source
     * @param windowSeconds the time within which they count
     * @param firstPublished when the first copy was published
     */
    record Amplification(@JsonProperty(value = "sources", required = true) int sources,
                         @JsonProperty(value = "copies", required = true) int copies,
                         @JsonProperty(value = "window_seconds", required = true) long windowSeconds,
                         @JsonProperty(value = "first_published", required = true) Instant firstPublished) implements AlertFigures {
        public Amplification {
            Validate.isTrue(sources >= 1 && copies >= sources, "a story has at least one copy per source, not %d copies from %d sources",
                    copies, sources);
            Validate.isTrue(windowSeconds > 0, "an amplification's window must be positive, was %d s", windowSeconds);
            Validate.notNull(firstPublished, "first_published");
        }

        @Override
        public Alert.Kind kind() {
            return Alert.Kind.AMPLIFICATION;
        }

        public Duration window() {
            return Duration.ofSeconds(windowSeconds);
        }
    }
}
