package org.presswatch.api.runtime;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.index.lucene.LuceneArticleIndex;

class ConfiguredIndexTest {
    @Test
    void anIndexHeldByAnotherWriterIsSaidToBeInUse(@TempDir Path dir) throws Exception {
        PresswatchConfig config = new ConfigLoader().override("data.dir", dir.toString()).load();
        // a writer not shared with this process's runtime holds the lock, as another presswatch process would
        try (LuceneArticleIndex other = new LuceneArticleIndex(config.layout().articleIndex(), Duration.ofSeconds(1))) {
            IndexInUseException e = assertThrows(IndexInUseException.class, () -> ConfiguredIndex.open(config));
            assertTrue(e.getMessage().contains(config.layout().articleIndex().toString()) && e.getMessage().contains("another presswatch"),
                    e.getMessage());
        }
        try (ConfiguredIndex free = ConfiguredIndex.open(config)) {
            assertTrue(free.index().count() == 0, "opens once the other writer is gone");
        }
    }
}
