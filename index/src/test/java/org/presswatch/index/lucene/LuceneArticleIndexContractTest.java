package org.presswatch.index.lucene;

import java.io.IOException;
import java.nio.file.Path;
import org.presswatch.core.index.ArticleIndex;

class LuceneArticleIndexContractTest extends ArticleIndexContractTest {
    @Override
    ArticleIndex open(Path dir) throws IOException {
        return TestArticles.open(dir);
    }

    @Override
    void refresh(ArticleIndex index) throws IOException {
        ((LuceneArticleIndex) index).refresh();
    }
}
