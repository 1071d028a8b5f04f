package org.presswatch.pipeline.operators;

import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.async.ResultFuture;
import org.apache.flink.streaming.api.functions.async.RichAsyncFunction;
import org.presswatch.ingest.feed.FeedItem;
import org.presswatch.ingest.fetch.CrawlPolicy;
import org.presswatch.ingest.fetch.HttpFetcher;
import org.presswatch.pipeline.metrics.PipelineMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads the page of each feed item without blocking the task: requests run on the HTTP
 * client's threads and Flink's async operator bounds how many are in flight. A page that cannot
 * be fetched is logged with its URL and reason and dropped; the stream goes on. Pages fetched
 * and failures are counted per source ({@link PipelineMetrics}).
 */
public final class FetchArticlePage extends RichAsyncFunction<FeedItem, FetchedPage> {
    private static final Logger LOG = LoggerFactory.getLogger(FetchArticlePage.class);

    private final HttpFetcher.Settings settings;
    private final CrawlPolicy policy;
    private transient HttpFetcher fetcher;
    private transient PipelineMetrics.Labelled fetched;
    private transient PipelineMetrics.Labelled failed;

    public FetchArticlePage(HttpFetcher.Settings settings, CrawlPolicy policy) {
        this.settings = settings;
        this.policy = policy;
    }

    @Override
    public void open(OpenContext context) {
        fetcher = HttpFetcher.shared(settings, policy);
        org.apache.flink.metrics.MetricGroup metrics = PipelineMetrics.groupOf(this);
        fetched = new PipelineMetrics.Labelled(metrics, PipelineMetrics.ARTICLES_FETCHED, PipelineMetrics.SOURCE);
        failed = new PipelineMetrics.Labelled(metrics.addGroup(PipelineMetrics.STAGE, "page"), PipelineMetrics.FETCH_ERRORS,
                PipelineMetrics.SOURCE);
    }

    @Override
    public void asyncInvoke(FeedItem item, ResultFuture<FetchedPage> result) {
        fetcher.fetch(item.url()).whenComplete((resource, error) -> {
            if (error != null) {
                LOG.warn("article skipped: {}", error.getCause() != null ? error.getCause().getMessage() : error.getMessage());
                failed.inc(item.sourceId());
                result.complete(List.of());
            } else {
                fetched.inc(item.sourceId());
                result.complete(List.of(new FetchedPage(item, resource.url(), resource.contentType(), resource.body(),
                        resource.fetchedAt())));
            }
        });
    }

    @Override
    public void timeout(FeedItem item, ResultFuture<FetchedPage> result) {
        LOG.warn("article skipped: {} took longer than the fetch timeout", item.url());
        failed.inc(item.sourceId());
        result.complete(List.of());
    }
}
