package org.presswatch.office.library;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.presswatch.core.model.CounterFact;
import org.presswatch.core.model.LocalizedText;
import org.presswatch.core.model.Rebuttal;

/** Library entries for tests, with every kind of field filled, and edits of them. */
final class TestRebuttals {
    private TestRebuttals() {}

    /**
     * A draft entry whose version stamp (version 7, the epoch, "nobody") is one a library must
     * ignore and replace.
     */
    static Rebuttal entry(String id, String title) {
        return new Rebuttal(id, title,
                List.of(new LocalizedText("vi", "Hoàng Sa không thuộc chủ quyền của Việt Nam."),
                        new LocalizedText("en", "The Paracel Islands were never Vietnamese.")),
                List.of("sovereignty"),
                List.of("48", "56"),
                List.of(new CounterFact("vi", "Châu bản triều Nguyễn ghi việc đội Hoàng Sa ra đảo hằng năm.",
                                "Châu bản triều Nguyễn", URI.create("https://archives.example/chau-ban?so=12&trang=3"),
                                LocalDate.of(2014, 4, 21)),
                        new CounterFact("en", "An atlas printed in 1834 marks the islands as Vietnamese.",
                                "An Nam Đại Quốc Họa Đồ", null, null)),
                List.of(new LocalizedText("vi", "Việt Nam có đầy đủ bằng chứng lịch sử và pháp lý.")),
                Rebuttal.Status.DRAFT, 7, Instant.EPOCH, "nobody");
    }

    static Rebuttal withTitle(Rebuttal entry, String title) {
        return new Rebuttal(entry.id(), title, entry.claims(), entry.topics(), entry.provinces(), entry.facts(),
                entry.talkingPoints(), entry.status(), entry.version(), entry.updatedAt(), entry.editor());
    }

    static Rebuttal withStatus(Rebuttal entry, Rebuttal.Status status) {
        return new Rebuttal(entry.id(), entry.title(), entry.claims(), entry.topics(), entry.provinces(), entry.facts(),
                entry.talkingPoints(), status, entry.version(), entry.updatedAt(), entry.editor());
    }

    static Rebuttal withFact(Rebuttal entry, CounterFact fact) {
        List<CounterFact> facts = new ArrayList<>(entry.facts());
        facts.add(fact);
        return new Rebuttal(entry.id(), entry.title(), entry.claims(), entry.topics(), entry.provinces(), facts,
                entry.talkingPoints(), entry.status(), entry.version(), entry.updatedAt(), entry.editor());
    }
}
