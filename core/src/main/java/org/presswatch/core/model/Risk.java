package org.presswatch.core.model;

import java.util.List;
import org.presswatch.core.util.Validate;

/**
 * How much an article deserves a press officer's attention now, in [0, 1], with what each factor
 * contributed, so the score can be explained and its weights tuned.
 */
public record Risk(double score, List<Factor> factors) {
    public static final Risk NONE = new Risk(0, List.of());

    /**
     * One factor of the score.
     *
     * @param name {@code topic}, {@code province}, {@code tone}, {@code foreign}, {@code reach}, {@code velocity}
     * @param value the factor's own value in [0, 1]
     * @param weight its configured weight
     * @param contribution what it added to the score
     */
    public record Factor(String name, double value, double weight, double contribution) {
        public Factor {
            Validate.notBlank(name, "name");
            Validate.inRange(value, 0, 1, "value of factor " + name);
        }
    }

    public Risk {
        Validate.inRange(score, 0, 1, "risk score");
        factors = Validate.copyOf(factors, "factors");
    }
}
