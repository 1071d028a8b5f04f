package org.presswatch.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presswatch.core.util.Folding;

class ProvincesTest {

    @Test
    void thirtyFourUnitsAndSixtyThreeFormerOnes() {
        assertEquals(34, Provinces.all().size());
        assertEquals(63, Provinces.formerUnits().size());
        Set<String> formerCodes = new HashSet<>();
        Provinces.formerUnits().forEach(f -> assertTrue(formerCodes.add(f.code()), "former code twice: " + f.code()));
        assertEquals(Set.of("01", "31", "46", "48", "75", "79", "92"), Provinces.all().stream()
                .filter(p -> p.type() == Province.Type.CITY).map(Province::code).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void everyFormerUnitResolvesToTheUnitItMergedInto() {
        for (FormerProvince former : Provinces.formerUnits()) {
            Province unit = Provinces.byName(former.name()).orElseThrow();
            assertEquals(former.mergedInto(), unit.code(), former.name());
            assertEquals(former.mergedInto(), Provinces.byName(former.asciiName()).orElseThrow().code(), former.asciiName());
        }
    }

    @Test
    void namesResolveWithOrWithoutDiacriticsInEitherTonePlacement() {
        assertEquals("56", Provinces.byName("Khánh Hoà").orElseThrow().code());
        assertEquals("56", Provinces.byName("khanh hoa").orElseThrow().code());
        assertEquals("38", Provinces.byName("Thanh Hoá").orElseThrow().code());
        assertEquals("01", Provinces.byName("Hanoi").orElseThrow().code());
        assertEquals("79", Provinces.byName("Ho Chi Minh City").orElseThrow().code());
        assertEquals("79", Provinces.byName("Bà Rịa - Vũng Tàu").orElseThrow().code());
        assertEquals("46", Provinces.byName("Thừa Thiên Huế").orElseThrow().code());
        assertEquals("15", Provinces.byName("Yên Bái").orElseThrow().code(), "former code 15 was Yên Bái; it is now part of Lào Cai (15)");
        assertTrue(Provinces.byName("Atlantis").isEmpty());
    }

    @Test
    void unknownCodeIsAPreciseError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Provinces.require("02"));
        assertTrue(e.getMessage().contains("'02'") && e.getMessage().contains("01, 04, 08"), e.getMessage());
    }

    /** Cross-checks our own data file against an independent third-party list, when present. */
    @Test
    void agreesWithTheThirdPartyProvinceList() throws IOException {
        Path dir = Path.of(System.getProperty("presswatch.corpora", "corpora"), "vn-provinces-2025");
        assumeTrue(Files.isDirectory(dir), "skipped: corpus vn-provinces-2025 not found at " + dir);

        List<String> current = Files.readAllLines(dir.resolve("provinces_34_2025.tsv"), StandardCharsets.UTF_8);
        assertEquals(35, current.size());
        for (String line : current.subList(1, current.size())) {
            String[] f = line.split("\t");
            Province unit = Provinces.require(f[0]);
            assertEquals(Folding.key(f[1]), Folding.key(unit.name()), "name of " + f[0]);
            assertEquals(Set.of(f[8].split(",")), unit.formerUnits().stream().map(FormerProvince::code).collect(java.util.stream.Collectors.toSet()),
                    "former units of " + f[0]);
        }
        List<String> former = Files.readAllLines(dir.resolve("provinces_63_pre2025.tsv"), StandardCharsets.UTF_8);
        assertEquals(64, former.size());
        for (String line : former.subList(1, former.size())) {
            String[] f = line.split("\t");
            FormerProvince ours = Provinces.formerUnits().stream().filter(p -> p.code().equals(f[0])).findFirst().orElseThrow();
            assertEquals(Folding.key(f[1]), Folding.key(ours.name()), "former name of " + f[0]);
            assertEquals(f[8], ours.mergedInto(), "merged into, for former " + f[0]);
        }
    }
}
