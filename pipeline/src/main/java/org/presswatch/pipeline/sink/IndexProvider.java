package org.presswatch.pipeline.sink;

import java.io.IOException;
import java.io.Serializable;
import org.presswatch.core.index.ArticleIndex;

/**
 * How a sink task reaches the configured index backend. Serializable, because Flink ships the
 * sink to its tasks; each task acquires the index when it starts and releases it when it ends.
 */
public interface IndexProvider extends Serializable {
    ArticleIndex acquire() throws IOException;

    void release(ArticleIndex index) throws IOException;
}
