package org.presswatch.core.model;

import java.util.List;
import org.presswatch.core.util.Validate;

/**
 * How strongly an article concerns a province, in [0, 1], with the mentions that say so.
 *
 * @param code the 2025 province code
 */
public record ProvinceScore(String code, double score, List<Span> mentions) {
    public ProvinceScore {
        Provinces.require(code);
        Validate.inRange(score, 0.0, 1.0, "score of province " + code);
        mentions = Validate.copyOf(mentions, "mentions");
    }
}
