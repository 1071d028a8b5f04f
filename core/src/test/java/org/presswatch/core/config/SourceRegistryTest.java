package org.presswatch.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.model.Source;

class SourceRegistryTest {
    @TempDir
    Path dir;

    @Test
    void readsOutletsAndFillsDefaults() throws IOException {
        List<Source> sources = SourceRegistry.read(write("""
                sources:
                  - id: duyenhai
                    name: Báo Duyên Hải
                    homepage: https://baoduyenhai.example/
                    feeds: [https://baoduyenhai.example/rss.xml]
                    country: VN
                    languages: [vi]
                    provinces: ["48", "56"]
                    reliability-tier: 1
                    poll-interval: 2m
                  - id: straits
                    name: The Straits Herald
                    homepage: https://straitsherald.example/
                    country: SG
                """), Duration.ofMinutes(10));
        assertEquals(2, sources.size());
        Source first = sources.get(0);
        assertEquals(List.of(URI.create("https://baoduyenhai.example/rss.xml")), first.feeds());
        assertEquals(Duration.ofMinutes(2), first.pollInterval());
        assertTrue(first.domestic());
        Source second = sources.get(1);
        assertFalse(second.domestic());
        assertEquals(Duration.ofMinutes(10), second.pollInterval());
        assertEquals(2, second.reliabilityTier());
        assertTrue(second.feeds().isEmpty());
    }

    @Test
    void unknownKeyMissingKeyBadValueAndDuplicateIdAreLocated() throws IOException {
        Path unknown = write("sources:\n  - id: a\n    name: A\n    homepage: https://a.example/\n    country: VN\n    homepge: x\n");
        ConfigException e = assertThrows(ConfigException.class, () -> SourceRegistry.read(unknown, Duration.ofMinutes(1)));
        assertTrue(e.getMessage().startsWith("unknown key 'sources[0].homepge' in " + unknown + ", line 6 (did you mean 'homepage'?)"),
                e.getMessage());

        Path missing = write("sources:\n  - id: a\n    name: A\n    country: VN\n");
        e = assertThrows(ConfigException.class, () -> SourceRegistry.read(missing, Duration.ofMinutes(1)));
        assertTrue(e.getMessage().contains("line 2 has no 'homepage'"), e.getMessage());

        Path badProvince = write("sources:\n  - id: a\n    name: A\n    homepage: https://a.example/\n    country: VN\n    provinces: ['02']\n");
        e = assertThrows(ConfigException.class, () -> SourceRegistry.read(badProvince, Duration.ofMinutes(1)));
        assertTrue(e.getMessage().contains("unknown province code '02'") && e.getMessage().contains(badProvince.toString()),
                e.getMessage());

        Path twice = write("sources:\n  - {id: a, name: A, homepage: 'https://a.example/', country: VN}\n"
                + "  - {id: a, name: B, homepage: 'https://b.example/', country: VN}\n");
        e = assertThrows(ConfigException.class, () -> SourceRegistry.read(twice, Duration.ofMinutes(1)));
        assertEquals("source id 'a' in " + twice + ", line 3 is used twice", e.getMessage());
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "sources", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
