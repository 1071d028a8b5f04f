package org.presswatch.api.http;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.presswatch.core.index.FacetCount;
import org.presswatch.core.index.SearchHit;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.AlertFigures;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.core.model.CounterFact;
import org.presswatch.core.model.Evidence;
import org.presswatch.core.model.Label;
import org.presswatch.core.model.LocalizedText;
import org.presswatch.core.model.ProvinceScore;
import org.presswatch.core.model.Provinces;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.core.model.Risk;
import org.presswatch.core.model.Source;
import org.presswatch.core.model.Span;
import org.presswatch.core.model.Topics;
import org.presswatch.office.alerts.AlertMessage;

/**
 * The JSON shapes of the API (field names in snake_case on the wire). Search hits carry what a
 * result list shows: the provinces and topics the analysis listed. A single article adds its text
 * and every score with its evidence, each saying whether the analysis listed it.
 */
final class ArticleJson {
    private ArticleJson() {}

    record SourceRef(String id, String name, String country, boolean domestic) {}

    record ProvinceRef(String code, String name, double score) {}

    record ProvinceDetail(String code, String name, double score, boolean listed, List<Span> mentions) {}

    record TopicRef(String id, Label name, double score) {}

    record TopicDetail(String id, Label name, double score, boolean listed, List<Evidence> evidence) {}

    /** A rebuttal-library entry whose claim the article makes, and the article's sentence that matched it. */
    record ClaimRef(String entry, String title, double similarity, String sentence) {}

    record Hit(String id, String title, URI url, URI canonicalUrl, SourceRef source, String language, Instant published,
               Instant fetched, List<ProvinceRef> provinces, List<TopicRef> topics, double tone, double risk, List<ClaimRef> claims, String snippet) {}

    record Detail(String id, String title, String text, URI url, URI canonicalUrl, SourceRef source, String language,
                  Instant published, Instant fetched, String contentHash, List<ProvinceDetail> provinces, List<TopicDetail> topics,
                  double tone, Risk risk, String fingerprint, List<ClaimRef> claims) {}

    record Facet(String value, String label, long count) {}

    /**
     * An alert with its line for the officers in each language, and the articles it cites that
     * the index still holds, so that a list of alerts needs no request per article.
     */
    record AlertView(String id, Alert.Kind kind, Instant raisedAt, String province, String topic, String summary, List<String> articleIds,
                     List<CitedArticle> articles, AlertFigures figures, Map<String, String> text) {}

    /** An article an alert cites, as the alert lists it. */
    record CitedArticle(String id, String title, SourceRef source, Instant published) {}

    /** @param held the cited articles the index holds, by id; the alert's other ids stay out of its articles */
    static AlertView alert(Alert a, Map<String, AnalyzedArticle> held, Map<String, Source> sources) {
        List<CitedArticle> articles = a.articleIds().stream().filter(held::containsKey).map(held::get)
                .map(cited -> new CitedArticle(cited.id(), cited.article().title(), source(cited.article().sourceId(), sources),
                        cited.article().published()))
                .toList();
        return new AlertView(a.id(), a.kind(), a.raisedAt(), a.province(), a.topic(), a.summary(), a.articleIds(), articles, a.figures(),
                AlertMessage.of(a));
    }

    /** A library entry as a reader of an article sees it: what it counters and the office's answer (not who saved it). */
    record Entry(String id, String title, Rebuttal.Status status, List<LocalizedText> claims, List<String> topics, List<String> provinces,
                 List<CounterFact> facts, List<LocalizedText> talkingPoints, int version, Instant updatedAt) {}

    static Entry entry(Rebuttal r) {
        return new Entry(r.id(), r.title(), r.status(), r.claims(), r.topics(), r.provinces(), r.facts(), r.talkingPoints(), r.version(),
                r.updatedAt());
    }

    /** @param next the cursor of the following page ({@code after=}), or null on the last page */
    record Page(Map<String, Object> query, long total, List<Hit> articles, Map<String, List<Facet>> facets, String next) {}

    static Hit hit(SearchHit hit, Map<String, Source> sources) {
        AnalyzedArticle a = hit.article();
        Article article = a.article();
        return new Hit(a.id(), article.title(), article.url(), article.canonicalUrl(), source(article.sourceId(), sources),
                a.analysis().language(), article.published(), article.fetched(),
                a.analysis().listedProvinces().stream().map(p -> new ProvinceRef(p.code(), provinceName(p.code()), round(p.score()))).toList(),
                a.analysis().listedTopics().stream()
                        .map(t -> new TopicRef(t.topic(), Topics.require(t.topic()).name(), round(t.score()))).toList(),
                round(a.analysis().tone()), round(a.analysis().risk().score()), claims(a), hit.snippet());
    }

    static Detail detail(AnalyzedArticle a, Map<String, Source> sources) {
        Article article = a.article();
        return new Detail(a.id(), article.title(), article.text(), article.url(), article.canonicalUrl(),
                source(article.sourceId(), sources), a.analysis().language(), article.published(), article.fetched(),
                article.contentHash(),
                a.analysis().provinces().stream().map(ArticleJson::provinceDetail).toList(),
                a.analysis().topics().stream().map(t -> new TopicDetail(t.topic(), Topics.require(t.topic()).name(), round(t.score()),
                        t.listed(), t.evidence())).toList(),
                round(a.analysis().tone()), a.analysis().risk(), java.util.HexFormat.of().toHexDigits(a.analysis().fingerprint()),
                claims(a));
    }

    static Facet facet(String dimension, FacetCount count, Map<String, Source> sources) {
        String label = switch (dimension) {
            case "province" -> provinceName(count.value());
            case "topic" -> Topics.byId(count.value()).map(t -> t.name().en()).orElse(count.value());
            case "source" -> sources.containsKey(count.value()) ? sources.get(count.value()).name() : count.value();
            default -> count.value();
        };
        return new Facet(count.value(), label, count.count());
    }

    private static List<ClaimRef> claims(AnalyzedArticle a) {
        return a.claims().stream().map(c -> new ClaimRef(c.entryId(), c.title(), round(c.similarity()), c.sentence())).toList();
    }

    private static ProvinceDetail provinceDetail(ProvinceScore p) {
        return new ProvinceDetail(p.code(), provinceName(p.code()), round(p.score()), p.listed(), p.mentions());
    }

    private static SourceRef source(String id, Map<String, Source> sources) {
        Source s = sources.get(id);
        return s == null ? new SourceRef(id, id, null, false) : new SourceRef(id, s.name(), s.country(), s.domestic());
    }

    private static String provinceName(String code) {
        return Provinces.byCode(code).map(p -> p.name()).orElse(code);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
