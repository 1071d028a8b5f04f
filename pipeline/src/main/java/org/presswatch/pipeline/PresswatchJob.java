package org.presswatch.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.datastream.AsyncDataStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.presswatch.analysis.OfficeFiles;
import org.presswatch.core.config.PresswatchConfig.RiskWeights;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.core.model.Source;
import org.presswatch.ingest.feed.FeedItem;
import org.presswatch.ingest.fetch.CrawlPolicy;
import org.presswatch.ingest.fetch.HttpFetcher;
import org.presswatch.pipeline.alerts.AmplificationRule;
import org.presswatch.pipeline.alerts.HighRiskRule;
import org.presswatch.pipeline.alerts.KeyedAlerts;
import org.presswatch.pipeline.alerts.Mention;
import org.presswatch.pipeline.alerts.SpikeRule;
import org.presswatch.pipeline.alerts.SpikeState;
import org.presswatch.pipeline.alerts.StoryCopy;
import org.presswatch.pipeline.claims.MatchClaims;
import org.presswatch.pipeline.operators.AnalyzeArticle;
import org.presswatch.pipeline.operators.ExtractArticle;
import org.presswatch.pipeline.operators.FetchArticlePage;
import org.presswatch.pipeline.operators.FetchedPage;
import org.presswatch.pipeline.operators.KeepFirst;
import org.presswatch.pipeline.operators.KeyedArticle;
import org.presswatch.pipeline.serialization.JsonTypeInfo;
import org.presswatch.pipeline.sink.AlertSink;

/**
 * The presswatch streaming job: feed items, deduplicated by URL, fetched, extracted,
 * deduplicated by content within their source, analyzed, matched against the rebuttal library
 * when flagged, and written to the index; the analyzed
 * articles raise alerts (high risk, spikes per province and topic, amplified stories). The
 * source and the sinks are given, so tests and the different runtime modes plug in their own; every stage is a plain class usable without Flink, and this
 * class only wires them.
 */
public final class PresswatchJob {
    /** How long the memory of a fetched URL, or of an indexed text, lasts. */
    public static final Duration SEEN_TTL = Duration.ofDays(30);

    /**
     * @param fetch how feeds and article pages are fetched
     * @param policy politeness, robots.txt, retries and the public-address rule for every fetch
     * @param maxInFlight article pages fetched at once per parallel instance
     * @param sources the sources polled, for the analysis to know where an article comes from
     * @param riskWeights the weights of the risk score
     * @param office the office's own topic model and gazetteer, shipped with the job so every task
     *     manager has them
     * @param claims which articles are matched against the rebuttal library, and where it is
     * @param alerts when articles raise alerts
     */
    public record Settings(HttpFetcher.Settings fetch, CrawlPolicy policy, int maxInFlight, List<Source> sources,
                           RiskWeights riskWeights, OfficeFiles office, MatchClaims.Settings claims, PresswatchConfig.Alerts alerts) {}

    private PresswatchJob() {}

    /**
     * Adds the job's operators to the environment; run it with {@code env.execute}.
     *
     * @param index where analyzed articles are written
     * @param alerts where alerts go; it must record them exactly once (see {@link AlertSink})
     */
    public static void attach(StreamExecutionEnvironment env, org.apache.flink.api.connector.source.Source<FeedItem, ?, ?> source,
                              Sink<AnalyzedArticle> index, Sink<Alert> alerts, Settings settings) {
        DataStream<FeedItem> items = env.fromSource(source, WatermarkStrategy.noWatermarks(), "feeds", JsonTypeInfo.of(FeedItem.class))
                .uid("feeds");
        DataStream<FeedItem> fresh = items
                .keyBy(item -> item.url().toString(), Types.STRING)
                .process(new KeepFirst<FeedItem>(SEEN_TTL), JsonTypeInfo.of(FeedItem.class))
                .uid("dedup-url").name("dedup-url");
        // a page may wait for its site's turn and be retried: bound the whole, generously
        long timeoutMs = settings.fetch().requestTimeout().multipliedBy(settings.policy().retries() + 1L)
                .plus(settings.policy().maxRetryAfter()).plus(settings.policy().maxCrawlDelay().multipliedBy(4)).toMillis() + 10_000;
        DataStream<FetchedPage> pages = AsyncDataStream.unorderedWait(fresh, new FetchArticlePage(settings.fetch(), settings.policy()), timeoutMs,
                        TimeUnit.MILLISECONDS, settings.maxInFlight())
                .returns(JsonTypeInfo.of(FetchedPage.class))
                .uid("fetch").name("fetch");
        processPages(pages, index, alerts, settings);
    }

    /**
     * The job from fetched pages on: extraction, deduplication by content, analysis, the index
     * and the alerts. {@link #attach} feeds it the crawl; a benchmark can feed it pages fetched
     * beforehand.
     */
    public static void processPages(DataStream<FetchedPage> pages, Sink<AnalyzedArticle> index, Sink<Alert> alerts, Settings settings) {
        DataStream<Article> articles = pages.flatMap(new ExtractArticle(), JsonTypeInfo.of(Article.class))
                .uid("extract").name("extract")
                .map(KeyedArticle::of, JsonTypeInfo.of(KeyedArticle.class))
                .uid("content-key").name("content-key")
                .keyBy(KeyedArticle::contentKey, Types.STRING)
                .process(new KeepFirst<KeyedArticle>(SEEN_TTL), JsonTypeInfo.of(KeyedArticle.class))
                .uid("dedup-content").name("dedup-content")
                .map(KeyedArticle::article, JsonTypeInfo.of(Article.class))
                .uid("strip-key").name("strip-key");
        DataStream<AnalyzedArticle> analyzed = articles.map(new AnalyzeArticle(settings.sources(), settings.riskWeights(), settings.office()),
                        JsonTypeInfo.of(AnalyzedArticle.class))
                .uid("analyze").name("analyze")
                .map(new MatchClaims(settings.claims()), JsonTypeInfo.of(AnalyzedArticle.class))
                .uid("match-claims").name("match-claims");
        analyzed.sinkTo(index).uid("index").name("index");
        raiseAlerts(analyzed, settings.alerts()).sinkTo(alerts).uid("alerts").name("alerts");
    }

    private static DataStream<Alert> raiseAlerts(DataStream<AnalyzedArticle> analyzed, PresswatchConfig.Alerts settings) {
        HighRiskRule highRisk = new HighRiskRule(settings.highRisk());
        DataStream<Alert> risky = analyzed
                .process(new ProcessFunction<AnalyzedArticle, Alert>() {
                    @Override
                    public void processElement(AnalyzedArticle article, Context context, Collector<Alert> out) {
                        highRisk.check(article, Instant.ofEpochMilli(context.timerService().currentProcessingTime())).ifPresent(out::collect);
                    }
                }, JsonTypeInfo.of(Alert.class))
                .uid("alert-risk").name("alert-risk");
        DataStream<Alert> spikes = analyzed
                .flatMap((AnalyzedArticle article, Collector<Mention> out) -> Mention.of(article).forEach(out::collect), JsonTypeInfo.of(Mention.class))
                .uid("mentions").name("mentions")
                .keyBy(Mention::key, Types.STRING)
                .process(new KeyedAlerts<>(new SpikeRule(settings.spike()), SpikeState.class, SEEN_TTL), JsonTypeInfo.of(Alert.class))
                .uid("alert-spike").name("alert-spike");
        DataStream<Alert> stories = analyzed
                .map(StoryCopy::of, JsonTypeInfo.of(StoryCopy.class))
                .uid("story-copies").name("story-copies")
                .keyBy(StoryCopy::language, Types.STRING)
                .process(new KeyedAlerts<>(new AmplificationRule(settings.amplification()), AmplificationRule.State.class, SEEN_TTL),
                        JsonTypeInfo.of(Alert.class))
                .uid("alert-amplification").name("alert-amplification");
        return risky.union(spikes, stories);
    }
}
