package org.presswatch.pipeline.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.presswatch.core.model.Article;

/** Deduplication by key, in Flink's operator test harness: first one through, repeats dropped until the memory expires, across a restore. */
class KeepFirstTest {
    private static final Duration TTL = Duration.ofDays(30);

    private static Article article(String source, String url, String title, String text) {
        return Article.of(source, URI.create(url), null, title, text, "vi", Instant.parse("2026-11-20T03:00:00Z"),
                Instant.parse("2026-11-20T03:01:00Z"));
    }

    /** Deduplication by content, keyed as the job keys it: by the key each article carries from its extraction. */
    private static KeyedOneInputStreamOperatorTestHarness<String, KeyedArticle, KeyedArticle> harness() throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new KeepFirst<KeyedArticle>(TTL)),
                KeyedArticle::contentKey, Types.STRING);
    }

    private static StreamRecord<KeyedArticle> record(Article article) {
        return new StreamRecord<>(KeyedArticle.of(article));
    }

    private static List<String> urls(KeyedOneInputStreamOperatorTestHarness<String, KeyedArticle, KeyedArticle> harness) {
        return harness.extractOutputValues().stream().map(a -> a.article().url().toString()).toList();
    }

    @Test
    void aSourcesRepublishedTextIsKeptOnceAndAnotherSourcesCopyIsKept() throws Exception {
        try (var harness = harness()) {
            harness.open();
            harness.processElement(record(article("tuoitre", "https://tuoitre.example/a", "Tàu cá Lý Sơn", "Ngư dân  ra khơi.")));
            harness.processElement(record(article("tuoitre", "https://tuoitre.example/a-2", "tàu cá lý sơn", "Ngư dân ra khơi.")));
            harness.processElement(record(article("vnexpress", "https://vnexpress.example/b", "Tàu cá Lý Sơn", "Ngư dân ra khơi.")));
            assertEquals(List.of("https://tuoitre.example/a", "https://vnexpress.example/b"), urls(harness));
        }
    }

    @Test
    void theMemoryOfAKeyExpiresAfterItsTtl() throws Exception {
        Article a = article("tuoitre", "https://tuoitre.example/a", "Tàu cá", "Ngư dân ra khơi.");
        try (var harness = harness()) {
            harness.open();
            harness.setStateTtlProcessingTime(0);
            harness.processElement(record(a));
            harness.setStateTtlProcessingTime(TTL.toMillis() - 1);
            harness.processElement(record(a));
            harness.setStateTtlProcessingTime(TTL.toMillis() + 1);
            harness.processElement(record(a));
            assertEquals(2, urls(harness).size(), "dropped within the TTL, let through after it");
        }
    }

    @Test
    void whatWasSeenSurvivesASnapshotAndRestore() throws Exception {
        Article a = article("tuoitre", "https://tuoitre.example/a", "Tàu cá", "Ngư dân ra khơi.");
        org.apache.flink.runtime.checkpoint.OperatorSubtaskState snapshot;
        try (var harness = harness()) {
            harness.open();
            harness.processElement(record(a));
            snapshot = harness.snapshot(1, 1);
        }
        try (var restored = harness()) {
            restored.initializeState(snapshot);
            restored.open();
            restored.processElement(record(a));
            assertEquals(List.of(), urls(restored), "seen before the restore");
        }
    }

    @Test
    void contentKeysIgnoreCaseAndSpacingButNotWords() {
        Article a = article("s", "https://s.example/a", "Tàu cá", "Ngư dân ra khơi.");
        assertEquals(ContentKeys.of(a), ContentKeys.of(article("s", "https://s.example/b", "TÀU CÁ", " Ngư   dân\nra khơi. ")));
        assertNotEquals(ContentKeys.of(a), ContentKeys.of(article("s", "https://s.example/c", "Tàu cá", "Ngư dân về bến.")));
        assertNotEquals(ContentKeys.of(a), ContentKeys.of(article("t", "https://t.example/a", "Tàu cá", "Ngư dân ra khơi.")));
    }
}
