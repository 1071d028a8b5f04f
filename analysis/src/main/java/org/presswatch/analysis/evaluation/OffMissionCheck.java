package org.presswatch.analysis.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.presswatch.analysis.ArticleAnalyzer;
import org.presswatch.core.model.Topic;
import org.presswatch.core.model.Topics;

/**
 * The false-positive check on news that should never touch a mission topic: the share of sports,
 * IT and health articles of a {@link VntcSample} that the analysis lists under sovereignty,
 * ethnicity, religion or human rights. The other VNTC categories are counted too, for
 * information: politics and world news are rightly flagged now and then.
 */
public final class OffMissionCheck {
    /** The VNTC categories whose articles are off-mission: sports, IT, health. */
    public static final List<String> OFF_MISSION = List.of("The thao", "Vi tinh", "Suc khoe");

    /** One article flagged with a mission topic. */
    public record Flagged(String category, String id, String title, List<String> topics) {}

    /** Articles of one category, and how many of them were given a mission topic. */
    public record Tally(int articles, int flagged) {
        Tally plus(boolean isFlagged) {
            return new Tally(articles + 1, flagged + (isFlagged ? 1 : 0));
        }
    }

    /**
     * @param perCategory per VNTC category, by name
     * @param flagged every flagged article of the off-mission categories
     */
    public record Result(Map<String, Tally> perCategory, List<Flagged> flagged) {
        public Result {
            perCategory = Collections.unmodifiableMap(new TreeMap<>(perCategory));
            flagged = List.copyOf(flagged);
        }

        /** Articles of the off-mission categories. */
        public int offMissionArticles() {
            return OFF_MISSION.stream().mapToInt(c -> perCategory.getOrDefault(c, new Tally(0, 0)).articles()).sum();
        }

        /** The share of off-mission articles given a mission topic. */
        public double falsePositiveRate() {
            int articles = offMissionArticles();
            return articles == 0 ? 0 : flagged.size() / (double) articles;
        }
    }

    private OffMissionCheck() {}

    public static Result run(ArticleAnalyzer analyzer, List<VntcSample.Article> sample) {
        Map<String, Tally> perCategory = new TreeMap<>();
        List<Flagged> flagged = new ArrayList<>();
        for (VntcSample.Article article : sample) {
            List<String> mission = Evaluation.listedTopics(analyzer.analyze(article.title(), article.text(), "vi").topics()).stream()
                    .filter(id -> Topics.byId(id).map(Topic::mission).orElse(false)).toList();
            perCategory.merge(article.category(), new Tally(0, 0).plus(!mission.isEmpty()), (a, b) -> a.plus(!mission.isEmpty()));
            if (!mission.isEmpty() && OFF_MISSION.contains(article.category())) {
                flagged.add(new Flagged(article.category(), article.id(), article.title(), mission));
            }
        }
        return new Result(perCategory, flagged);
    }
}
