package org.presswatch.core.model;

import java.time.Instant;
import java.util.List;
import org.presswatch.core.util.Validate;

/**
 * One entry of the office's rebuttal library: the claim it counters, the facts that answer it
 * and the talking points the office approved. Each edit makes a new version; the library keeps
 * them all.
 *
 * @param title a short headline for lists; may be blank, never null (null becomes "")
 * @param claims the claim as it circulates, in one or more languages
 * @param version 1 for the first version, incremented on every edit
 * @param editor who saved this version (an office account, not a person tracked by the system)
 */
public record Rebuttal(
        String id,
        String title,
        List<LocalizedText> claims,
        List<String> topics,
        List<String> provinces,
        List<CounterFact> facts,
        List<LocalizedText> talkingPoints,
        Status status,
        int version,
        Instant updatedAt,
        String editor) {

    public enum Status { DRAFT, APPROVED, RETIRED }

    public Rebuttal {
        Validate.matches(id, "[A-Za-z0-9][A-Za-z0-9._-]{0,63}", "rebuttal id");
        title = title == null ? "" : title;
        claims = Validate.copyOf(claims, "claims");
        Validate.isTrue(!claims.isEmpty(), "rebuttal %s states no claim", id);
        topics = Validate.copyOf(topics, "topics");
        topics.forEach(Topics::require);
        provinces = Validate.copyOf(provinces, "provinces");
        provinces.forEach(Provinces::require);
        facts = Validate.copyOf(facts, "facts");
        talkingPoints = Validate.copyOf(talkingPoints, "talkingPoints");
        Validate.notNull(status, "status");
        Validate.isTrue(version >= 1, "rebuttal version starts at 1, was %d", version);
        Validate.notNull(updatedAt, "updatedAt");
        Validate.notBlank(editor, "editor");
    }

    /** This content stamped as another version: what a library stores when it saves an edit. */
    public Rebuttal asVersion(int version, Instant updatedAt, String editor) {
        return new Rebuttal(id, title, claims, topics, provinces, facts, talkingPoints, status, version, updatedAt, editor);
    }

    /**
     * Whether the other entry says the same as this one: every field but the version stamp
     * (version, updatedAt, editor), so that saving an unchanged entry again is recognized as such.
     */
    public boolean sameContentAs(Rebuttal other) {
        return other != null
                && id.equals(other.id)
                && title.equals(other.title)
                && claims.equals(other.claims)
                && topics.equals(other.topics)
                && provinces.equals(other.provinces)
                && facts.equals(other.facts)
                && talkingPoints.equals(other.talkingPoints)
                && status == other.status;
    }
}
