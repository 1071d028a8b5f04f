package org.presswatch.index.elasticsearch;

import org.junit.jupiter.api.Nested;
import org.presswatch.index.contract.ArticleIndexContract;
import org.presswatch.index.contract.FiltersFacetsPagingContract;
import org.presswatch.index.contract.FoldingAndSynonymsContract;
import org.presswatch.index.contract.QuerySyntaxContract;
import org.presswatch.index.contract.SnippetContract;
import org.presswatch.index.contract.UpsertContract;

/** The whole {@link org.presswatch.core.index.ArticleIndex} contract on a real Elasticsearch node: the same tests as the Lucene backend passes. */
class ElasticsearchArticleIndexContractTest {

    @Nested
    class Upsert extends UpsertContract {
        Upsert() {
            super(ElasticsearchBackend.INSTANCE);
        }
    }

    @Nested
    class QuerySyntax extends QuerySyntaxContract {
        QuerySyntax() {
            super(ElasticsearchBackend.INSTANCE);
        }
    }

    @Nested
    class FoldingAndSynonyms extends FoldingAndSynonymsContract {
        FoldingAndSynonyms() {
            super(ElasticsearchBackend.INSTANCE);
        }
    }

    @Nested
    class FiltersFacetsPaging extends FiltersFacetsPagingContract {
        FiltersFacetsPaging() {
            super(ElasticsearchBackend.INSTANCE);
        }
    }

    @Nested
    class Snippets extends SnippetContract {
        Snippets() {
            super(ElasticsearchBackend.INSTANCE);
        }
    }

    @Nested
    class BeyondPlainSearch extends ArticleIndexContract {
        BeyondPlainSearch() {
            super(ElasticsearchBackend.INSTANCE);
        }
    }
}
