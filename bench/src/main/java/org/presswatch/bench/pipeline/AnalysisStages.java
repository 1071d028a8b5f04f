package org.presswatch.bench.pipeline;

import java.io.IOException;
import org.apache.flink.api.common.functions.DefaultOpenContext;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.pipeline.claims.MatchClaims;
import org.presswatch.pipeline.operators.AnalyzeArticle;

/**
 * The job's analysis and claim-matching operators, opened and called directly, outside Flink.
 * One thread's own: the operators are not shared. Close it to release the claim index.
 */
final class AnalysisStages implements AutoCloseable {
    private final AnalyzeArticle analyze;
    private final MatchClaims match;

    AnalysisStages(PipelineBenchmark.Settings settings) throws IOException {
        this.analyze = new AnalyzeArticle(settings.sources(), settings.riskWeights(), settings.office());
        this.match = new MatchClaims(settings.claims());
        analyze.open(DefaultOpenContext.INSTANCE);
        match.open(DefaultOpenContext.INSTANCE);
    }

    AnalyzedArticle apply(Article article) {
        return match.map(analyze.map(article));
    }

    @Override
    public void close() throws IOException {
        match.close();
    }
}
