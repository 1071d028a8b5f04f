package org.presswatch.pipeline.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.core.model.ArticleAnalysis;
import org.presswatch.core.model.ProvinceScore;
import org.presswatch.core.model.TopicScore;

/**
 * One article counted for one province (null: national) and one topic, at its event time.
 *
 * @param at when the article was published, or fetched when it does not say or claims a
 *     publication later than its fetch (a feed's clock cannot push the counts into the future)
 */
public record Mention(String province, String topic, String articleId, Instant at) {
    static final String NATIONAL = "national";

    /** The key of its counts: province and topic. */
    public String key() {
        return (province == null ? NATIONAL : province) + "/" + topic;
    }

    /**
     * The article's mentions: one per listed topic, for each listed province, or a national one
     * when it concerns no province.
     */
    public static List<Mention> of(AnalyzedArticle analyzed) {
        List<Mention> mentions = new ArrayList<>();
        Instant at = eventTime(analyzed.article());
        List<ProvinceScore> provinces = analyzed.analysis().listedProvinces();
        for (TopicScore topic : analyzed.analysis().listedTopics()) {
            for (ProvinceScore province : provinces) {
                mentions.add(new Mention(province.code(), topic.topic(), analyzed.id(), at));
            }
            if (provinces.isEmpty()) {
                mentions.add(new Mention(null, topic.topic(), analyzed.id(), at));
            }
        }
        return mentions;
    }

    /** The province the article concerns most, if it concerns one. */
    static String leadingProvince(ArticleAnalysis analysis) {
        return analysis.listedProvinces().stream().map(ProvinceScore::code).findFirst().orElse(null);
    }

    /** The topic the article concerns most, if it is listed for one. */
    static String leadingTopic(ArticleAnalysis analysis) {
        return analysis.listedTopics().stream().map(TopicScore::topic).findFirst().orElse(null);
    }

    static Instant eventTime(Article article) {
        Instant published = article.published();
        return published == null || published.isAfter(article.fetched()) ? article.fetched() : published;
    }
}
