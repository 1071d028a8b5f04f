package org.presswatch.index.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The readings of a text, most faithful first: as typed, repaired, plain words, each once. */
class LenientQueryTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "hải quân AND (tuần tra OR \"Trường Sa\")|hải quân AND (tuần tra OR \"Trường Sa\")|hải quân AND (tuần tra OR \"Trường Sa\")|hải quân tuần tra \"Trường Sa\"",
            "title:bão -mưa|title:bão -mưa|title:bão -mưa|title bão mưa",
            "Biển Đông: ngư dân|Biển Đông ngư dân|Biển Đông ngư dân|Biển Đông ngư dân",
            "Biển Đông:ngư dân|Biển Đông ngư dân|Biển Đông ngư dân|Biển Đông ngư dân",
            "\"Hoàng Sa|\"Hoàng Sa|\"Hoàng Sa\"|\"Hoàng Sa\"",
            "(hải quân|(hải quân|(hải quân)|hải quân",
            "hải quân))|hải quân))|hải quân|hải quân",
            "AND hải OR|AND hải OR|hải|hải",
            "hải quân - NOT|hải quân - NOT|hải quân|hải quân",
            "title: (|title: (||title",
            "*biển ?đông|*biển ?đông|biển đông|biển đông",
            "bão^ cá~2|bão^ cá~2|bão cá~2|bão cá",
            "2024/2025|2024/2025|2024 2025|2024 2025",
            "a AND ()|a AND ()|a|a",
            "AND* tàu|AND* tàu|AND* tàu|tàu"})
    void readings(String text, String asTyped, String repaired, String plainWords) {
        List<String> distinct = Stream.of(asTyped, repaired == null ? "" : repaired, plainWords).distinct().toList();
        assertEquals(distinct, LenientQueryText.of(text).readings());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"32|2", "33|1"})
    void bracketsNestedDeeperThanAPersonTypesAreReadAsPlainWords(int depth, int readings) {
        String text = "(".repeat(depth) + "biển" + ")".repeat(depth);
        List<String> read = LenientQueryText.of(text).readings();
        assertEquals(readings, read.size(), text);
        assertEquals("biển", read.get(read.size() - 1));
    }
}
