package org.presswatch.index.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.InvalidQueryException;
import org.presswatch.core.testing.Randomness;
import org.presswatch.index.RandomQueryText;
import org.presswatch.index.text.Analyzers;
import org.presswatch.index.text.ArticleQueries;

/**
 * Random strings of query syntax and Vietnamese words: each is read into a query (or refused as
 * too long to search, in one short line), and every query read has an Elasticsearch form, so
 * neither backend fails on what an officer types. The backends' own run of such texts is in the
 * contract ({@code QuerySyntaxContract}); this one runs many more, without an index.
 */
class QueryReadingRandomizedTest {
    @Test
    void everyTextIsReadOrRefusedReadablyAndEveryReadingTranslates() {
        try (Analyzer query = Analyzers.query(); Analyzer exact = Analyzers.exact()) {
            Randomness.run("everyTextIsReadOrRefusedReadablyAndEveryReadingTranslates", random ->
                    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
                        for (int i = 0; i < Randomness.iterations(5000); i++) {
                            read(RandomQueryText.next(random), new ArticleQueries(query, exact));
                        }
                    }, "reading random texts hangs"));
        }
    }

    private static void read(String text, ArticleQueries queries) {
        try {
            LuceneQueryTranslation.translate(queries.build(ArticleQuery.of(text)));
            queries.marked(text);
        } catch (InvalidQueryException e) {
            RandomQueryText.assertReadable(e, text);
        } catch (RuntimeException e) {
            throw new AssertionError("reading " + RandomQueryText.shown(text) + " failed", e);
        }
    }
}
