package org.presswatch.pipeline.claims;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.library.ClaimMatcher;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.ClaimMatch;
import org.presswatch.core.util.Validate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches each flagged article (its risk reaches {@code min-risk}) against the claims of the
 * office's rebuttal library and keeps with the article the entries it makes, best first, from
 * {@code min-similarity}. Articles that are not flagged, or arrive while there is no library to read,
 * pass unchanged; a text the matcher cannot read is passed unmatched with a logged reason, never
 * failing the job. Matching is deterministic for one library version, so a replay after a
 * restore writes the same article again.
 */
public final class MatchClaims extends RichMapFunction<AnalyzedArticle, AnalyzedArticle> {
    private static final Logger LOG = LoggerFactory.getLogger(MatchClaims.class);
    private final Settings settings;
    private transient ClaimIndexFollower library;

    /**
     * @param libraryIndex the folder of the library's claim index (a String: shipped with the job)
     */
    public record Settings(String libraryIndex, double minRisk, double minSimilarity, int maxMatches, Duration refresh)
            implements Serializable {
        public Settings {
            Validate.notBlank(libraryIndex, "libraryIndex");
            Validate.notNull(refresh, "refresh");
        }

        public static Settings from(PresswatchConfig config) {
            PresswatchConfig.Claims claims = config.analysis().claims();
            return new Settings(config.layout().claimIndex().toAbsolutePath().normalize().toString(), claims.minRisk(), claims.minSimilarity(),
                    claims.maxMatches(), claims.refreshInterval());
        }
    }

    public MatchClaims(Settings settings) {
        this.settings = Validate.notNull(settings, "settings");
    }

    @Override
    public void open(OpenContext context) {
        library = new ClaimIndexFollower(Path.of(settings.libraryIndex()), settings.refresh(), System::nanoTime);
    }

    @Override
    public AnalyzedArticle map(AnalyzedArticle article) {
        if (article.analysis().risk().score() < settings.minRisk()) {
            return article;
        }
        ClaimMatcher matcher = library.current();
        if (matcher == null) {
            return article;
        }
        try {
            String text = article.article().title() + "\n" + article.article().text();
            List<ClaimMatch> matches = matcher.match(text, article.analysis().language(), settings.maxMatches()).stream()
                    .filter(m -> m.similarity() >= settings.minSimilarity()).toList();
            return matches.isEmpty() ? article : article.withClaims(matches);
        } catch (IOException | RuntimeException e) {
            LOG.warn("claim matching skipped for {}: {}", article.article().url(), e.toString());
            return article;
        }
    }

    @Override
    public void close() throws IOException {
        if (library != null) {
            library.close();
        }
    }
}
