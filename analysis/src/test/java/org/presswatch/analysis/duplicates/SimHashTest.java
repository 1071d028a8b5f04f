package org.presswatch.analysis.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.demo.corpus.CorpusArticle;

class SimHashTest {
    private static final List<CorpusArticle> CORPUS = Corpus.load().articles();

    @Test
    void copiesWithABoilerplateLineAHeadlineTweakOrATranslationNoteCollide() {
        for (CorpusArticle a : CORPUS) {
            String original = a.title() + "\n" + a.text();
            long fingerprint = SimHash.fingerprint(original);
            assertNear(fingerprint, original + "\n\nTheo dõi chúng tôi trên Facebook và Zalo để cập nhật tin tức mới nhất.", a, "boilerplate");
            assertNear(fingerprint, "CẬP NHẬT: " + a.title() + " (ảnh)\n" + a.text(), a, "headline tweak");
            assertNear(fingerprint, original + "\n\nBài viết được dịch từ bản gốc tiếng Anh; bản dịch có thể khác đôi chút so với nguyên bản.",
                    a, "translation note");
            assertNear(fingerprint, "CẬP NHẬT: " + a.title() + "\n" + a.text() + "\n\nBài viết được dịch từ bản gốc. Theo dõi chúng tôi trên mạng xã hội.",
                    a, "all three");
        }
    }

    private static void assertNear(long fingerprint, String edited, CorpusArticle a, String edit) {
        int bits = SimHash.distance(fingerprint, SimHash.fingerprint(edited));
        assertTrue(bits <= SimHash.NEAR_DUPLICATE_BITS, edit + " moved " + a.outlet().id() + "/" + a.slug() + " by " + bits + " bits");
    }

    @Test
    void differentArticlesDoNotCollide() {
        int collisions = 0;
        for (int i = 0; i < CORPUS.size(); i++) {
            long a = SimHash.fingerprint(CORPUS.get(i).title() + "\n" + CORPUS.get(i).text());
            for (int j = i + 1; j < CORPUS.size(); j++) {
                if (SimHash.distance(a, SimHash.fingerprint(CORPUS.get(j).title() + "\n" + CORPUS.get(j).text())) <= SimHash.NEAR_DUPLICATE_BITS) {
                    collisions++;
                }
            }
        }
        assertEquals(0, collisions, "no two distinct corpus articles are taken for the same story");
    }

    @Test
    void foldingMakesDiacriticsIrrelevantAndEmptyTextIsZero() {
        assertEquals(SimHash.fingerprint("Ngư dân Lý Sơn vươn khơi bám biển Hoàng Sa"), SimHash.fingerprint("Ngu dan Ly Son vuon khoi bam bien Hoang Sa"));
        assertEquals(0, SimHash.fingerprint(" ,.;"));
    }
}
