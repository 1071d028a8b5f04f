package org.presswatch.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.presswatch.core.util.Validate;

/**
 * How strongly an article concerns a province, in [0, 1], with the mentions that say so.
 *
 * @param code the 2025 province code
 * @param listed whether the article is listed as concerning the province: decided by the
 *     analysis, and followed by every reader (search filters and facets, alerts, the API, the web UI)
 */
public record ProvinceScore(String code, double score, boolean listed, List<Span> mentions) {
    /** Analyses stored before they carried {@code listed} listed a province from this score; for reading them only. */
    static final double LISTED_BEFORE_FLAG = 0.3;

    public ProvinceScore {
        Provinces.require(code);
        Validate.inRange(score, 0.0, 1.0, "score of province " + code);
        mentions = Validate.copyOf(mentions, "mentions");
    }

    @JsonCreator
    static ProvinceScore read(@JsonProperty("code") String code, @JsonProperty("score") double score,
                              @JsonProperty("listed") Boolean listed, @JsonProperty("mentions") List<Span> mentions) {
        return new ProvinceScore(code, score, listed != null ? listed : score >= LISTED_BEFORE_FLAG, mentions);
    }
}
