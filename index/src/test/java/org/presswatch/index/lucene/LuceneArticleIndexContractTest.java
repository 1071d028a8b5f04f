package org.presswatch.index.lucene;

import org.junit.jupiter.api.Nested;
import org.presswatch.index.contract.ArticleIndexContract;
import org.presswatch.index.contract.FiltersFacetsPagingContract;
import org.presswatch.index.contract.FoldingAndSynonymsContract;
import org.presswatch.index.contract.QuerySyntaxContract;
import org.presswatch.index.contract.SnippetContract;
import org.presswatch.index.contract.UpsertContract;

/** The whole {@link org.presswatch.core.index.ArticleIndex} contract on the embedded Lucene index. */
class LuceneArticleIndexContractTest {

    @Nested
    class Upsert extends UpsertContract {
        Upsert() {
            super(LuceneBackend.INSTANCE);
        }
    }

    @Nested
    class QuerySyntax extends QuerySyntaxContract {
        QuerySyntax() {
            super(LuceneBackend.INSTANCE);
        }
    }

    @Nested
    class FoldingAndSynonyms extends FoldingAndSynonymsContract {
        FoldingAndSynonyms() {
            super(LuceneBackend.INSTANCE);
        }
    }

    @Nested
    class FiltersFacetsPaging extends FiltersFacetsPagingContract {
        FiltersFacetsPaging() {
            super(LuceneBackend.INSTANCE);
        }
    }

    @Nested
    class Snippets extends SnippetContract {
        Snippets() {
            super(LuceneBackend.INSTANCE);
        }
    }

    @Nested
    class BeyondPlainSearch extends ArticleIndexContract {
        BeyondPlainSearch() {
            super(LuceneBackend.INSTANCE);
        }
    }
}
