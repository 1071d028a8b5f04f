package org.presswatch.bench.ranking;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.SearchHit;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.index.lucene.LuceneArticleIndex;

/**
 * Measures how well search ranks: the demo newsroom's articles go into the embedded index as the
 * job writes them, each judged query ({@link JudgedQueries}) is searched as the API searches it,
 * and its first ten hits are scored by nDCG@10 against the judgments. A plain Lucene application
 * ({@link BareRanking}) answers the same queries over the same articles in the same run, as the
 * baseline.
 */
public final class RankingBenchmark {
    public static final int CUTOFF = 10;

    /** One query's nDCG@10, ours and the baseline's. */
    public record Score(String query, double ours, double bare) {}

    public record Result(int articles, List<Score> scores) {
        public Result {
            scores = List.copyOf(scores);
        }

        public double oursMean() {
            return scores.stream().mapToDouble(Score::ours).average().orElse(0);
        }

        public double bareMean() {
            return scores.stream().mapToDouble(Score::bare).average().orElse(0);
        }
    }

    private RankingBenchmark() {}

    /**
     * @param work an empty folder for the index
     * @param progress told as each stage starts
     */
    public static Result run(Path work, Consumer<String> progress) throws IOException {
        List<JudgedQueries.JudgedQuery> queries = JudgedQueries.load();
        progress.accept("analyzing the demo newsroom's articles");
        Map<String, AnalyzedArticle> articles = DemoArticles.load();
        Map<String, String> keyById = new HashMap<>();
        articles.forEach((key, a) -> keyById.put(a.id(), key));
        progress.accept("indexing " + articles.size() + " articles, then searching " + queries.size() + " judged queries");
        try (LuceneArticleIndex index = new LuceneArticleIndex(work, Duration.ofHours(1)); BareRanking bare = new BareRanking(articles)) {
            for (AnalyzedArticle a : articles.values()) {
                index.upsert(a);
            }
            index.refresh();
            List<Score> scores = new ArrayList<>();
            for (JudgedQueries.JudgedQuery q : queries) {
                List<String> ours = new ArrayList<>();
                for (SearchHit hit : index.search(ArticleQuery.of(q.text()).withPage(0, CUTOFF)).hits()) {
                    ours.add(keyById.get(hit.article().id()));
                }
                scores.add(new Score(q.text(), Ndcg.at(CUTOFF, ours, q.grades()), Ndcg.at(CUTOFF, bare.ranked(q.text(), CUTOFF), q.grades())));
            }
            return new Result(articles.size(), scores);
        }
    }
}
