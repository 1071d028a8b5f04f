package org.presswatch.analysis.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.presswatch.analysis.text.PhraseMatcher.Match;
import org.presswatch.core.model.FormerProvince;
import org.presswatch.core.model.Province;
import org.presswatch.core.model.Provinces;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    /** The unit names gazetteer.yaml lists under not-by-itself: bare, they are a person, not a place. */
    private static final Set<String> NOT_BY_ITSELF = Set.of("Hồ Chí Minh");
    /** The former units that were centrally governed cities ("thành phố"), not provinces ("tỉnh"). */
    private static final Set<String> FORMER_CITIES = Set.of("Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hồ Chí Minh", "Huế");

    /** The places found in a text as {@code code:matched text@start}, after checking each span. */
    static List<String> places(String text) {
        List<String> out = new ArrayList<>();
        for (Match<String> m : GAZETTEER.find(text)) {
            assertTrue(m.start() >= 0 && m.end() <= text.length() && m.start() < m.end(), "bad span " + m + " in " + text);
            out.add(m.phrase().payload() + ":" + text.substring(m.start(), m.end()) + "@" + m.start());
        }
        return out;
    }

    static String at(String text, String code, String name) {
        int start = text.indexOf(name);
        assertTrue(start >= 0, "test bug: '" + name + "' is not in '" + text + "'");
        return code + ":" + name + "@" + start;
    }

    static List<String> codes(String text) {
        return GAZETTEER.find(text).stream().map(m -> m.phrase().payload()).toList();
    }

    static Stream<FormerProvince> formerUnits() {
        return Provinces.formerUnits().stream();
    }

    // ---- the 63 former units and the 34 current ones -----------------------------------------

    @Test
    void thereAreSixtyThreeFormerUnits() {
        assertEquals(63, Provinces.formerUnits().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formerUnits")
    void everyFormerUnitResolvesToItsCurrentCodeInAVietnameseSentence(FormerProvince unit) {
        String name = NOT_BY_ITSELF.contains(unit.name()) ? "Thành phố " + unit.name() : unit.name();
        String text = "Đoàn công tác của Bộ đã làm việc tại " + name + " trong hai ngày, kiểm tra tiến độ các công trình trọng điểm.";
        assertEquals(List.of(at(text, unit.mergedInto(), name)), places(text), unit.name() + " (" + unit.code() + ") merged into " + unit.mergedInto());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formerUnits")
    void everyFormerUnitResolvesWithItsAdministrativeWordAndInCapitals(FormerProvince unit) {
        String prefix = FORMER_CITIES.contains(unit.name()) ? "thành phố " : "tỉnh ";
        String text = "Lãnh đạo " + prefix + unit.name() + " tiếp đoàn công tác.";
        List<String> found = codes(text);
        assertEquals(List.of(unit.mergedInto()), found, text);
        String headline = ("Mưa lớn ở " + prefix + unit.name()).toUpperCase(Locale.ROOT);
        assertEquals(List.of(unit.mergedInto()), codes(headline), headline);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formerUnits")
    void everyFormerUnitResolvesWithoutDiacriticsInAnEnglishSentence(FormerProvince unit) {
        String name = NOT_BY_ITSELF.contains(unit.name()) ? "Ho Chi Minh City" : unit.asciiName();
        String text = "Officials from " + name + " met reporters on Monday to discuss flood damage.";
        assertEquals(List.of(at(text, unit.mergedInto(), name)), places(text), unit.name());
    }

    @Test
    void everyCurrentUnitResolvesByEachOfItsNames() {
        for (Province unit : Provinces.all()) {
            List<String> names = new ArrayList<>(List.of(unit.name(), unit.englishName()));
            names.addAll(unit.otherNames());
            for (String name : names) {
                String written = NOT_BY_ITSELF.contains(name) ? "Thành phố " + name : name;
                String text = "Tin tức mới nhất từ " + written + " trong tuần qua.";
                assertEquals(List.of(unit.code()), codes(text), text);
            }
        }
    }

    // ---- ambiguities ---------------------------------------------------------------------------

    @Test
    void hoaBinhInLowerCaseIsPeaceNotTheProvince() {
        assertEquals(List.of(), places("Việt Nam kiên trì giải quyết tranh chấp bằng biện pháp hòa bình."));
        assertEquals(List.of(), places("Hòa bình, hữu nghị và hợp tác là mong muốn chung."), "sentence-initial capital only");
        assertEquals(List.of(), places("Chung sống hoà bình"), "the other tone placement, lower case");
        String province = "Sạt lở đất ở tỉnh Hòa Bình làm hai người mất tích.";
        assertEquals(List.of(at(province, "25", "Hòa Bình")), places(province), "former Hòa Bình is now part of Phú Thọ (25)");
        String both = "Người dân tỉnh Hòa Bình mong cuộc sống hòa bình.";
        assertEquals(List.of(at(both, "25", "Hòa Bình")), places(both));
    }

    @Test
    void thePacificIsNotThaiBinh() {
        assertEquals(List.of(), places("Tàu hàng vượt Thái Bình Dương trong 18 ngày."));
        assertEquals(List.of(), places("Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương (APEC)"));
        assertEquals(List.of(), places("Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương"));
        assertEquals(List.of(), places("Trade across the Pacific, or Thai Binh Duong as Vietnamese call it"));
        String both = "Ngư dân Thái Bình chưa từng ra Thái Bình Dương.";
        assertEquals(List.of(at(both, "33", "Thái Bình")), places(both), "former Thái Bình is now part of Hưng Yên (33)");
    }

    @Test
    void theCapitalAsTheGovernmentIsNotTheCity() {
        assertEquals(List.of(), places("Hanoi protested the deployment of the rig."));
        assertEquals(List.of(), places("Hanoi said on Monday that the survey ship had left."));
        assertEquals(List.of(), places("Hanoi's government rejected the claim."));
        assertEquals(List.of(), places("Talks between Beijing and Hanoi resumed."));
        assertEquals(List.of(), places("Hanoi and Washington upgraded their ties."));
        assertEquals(List.of(), places("Relations between Manila and Hanoi have improved."));
        assertEquals(List.of(), places("Hanoï dénonce une violation de sa souveraineté."));
        assertEquals(List.of(), places("Pékin et Hanoï ont signé un accord."));
        assertEquals(List.of(), places("Hà Nội phản đối yêu sách của nước ngoài."));
        assertEquals(List.of(), places("Bắc Kinh và Hà Nội nối lại đàm phán."));
    }

    @Test
    void theCapitalAsACityIsTheCity() {
        String court = "A court in Hanoi sentenced the blogger to seven years.";
        assertEquals(List.of(at(court, "01", "Hanoi")), places(court));
        String prices = "Apartment prices in Hanoi rose 27 per cent.";
        assertEquals(List.of(at(prices, "01", "Hanoi")), places(prices));
        String street = "Hanoi streets were flooded after the storm.";
        assertEquals(List.of(at(street, "01", "Hanoi")), places(street), "a word after the name that is not a government verb");
        String vi = "Giá chung cư tại Hà Nội tiếp tục tăng.";
        assertEquals(List.of(at(vi, "01", "Hà Nội")), places(vi));
        String capital = "Thủ đô Hà Nội khẳng định vị thế trung tâm văn hóa.";
        assertEquals(List.of(at(capital, "01", "Thủ đô Hà Nội")), places(capital), "'Thủ đô Hà Nội' is always the city");
        String saidLater = "Hanoi police said two men were arrested.";
        assertEquals(List.of(at(saidLater, "01", "Hanoi")), places(saidLater), "the government word must follow the name itself");
    }

    @Test
    void hoChiMinhThePersonIsNotTheCity() {
        assertEquals(List.of(), places("Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập."));
        assertEquals(List.of(), places("Học tập và làm theo tư tưởng Hồ Chí Minh."));
        assertEquals(List.of(), places("Bảo tàng Hồ Chí Minh mở cửa miễn phí."), "bare, the name is the person");
        assertEquals(List.of(), places("Xe tải đi trên đường mòn Hồ Chí Minh."));
        assertEquals(List.of(), places("Veterans walked the Ho Chi Minh Trail."));
        assertEquals(List.of(), places("Bác Hồ Chí Minh"));
    }

    @Test
    void theCityOfHoChiMinhIsTheCity() {
        for (String name : List.of("TP.HCM", "TPHCM", "TP HCM", "HCMC", "TP Hồ Chí Minh", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh",
                "thành phố Hồ Chí Minh", "Ho Chi Minh City", "Sài Gòn", "Saigon", "Hô Chi Minh-Ville", "胡志明市")) {
            String text = "Giá nhà ở " + name + " tăng mạnh.";
            assertEquals(List.of(at(text, "79", name)), places(text), name);
        }
        String paren = "Sở Y tế (TP.HCM) cho biết";
        assertEquals(List.of(at(paren, "79", "TP.HCM")), places(paren));
    }

    @ParameterizedTest(name = "{1} -> {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            48 | Tàu cá bám biển ở quần đảo Hoàng Sa. | quần đảo Hoàng Sa
            48 | Chinese ships near the Paracel Islands | Paracel Islands
            48 | Chinese ships near the Paracels | Paracels
            48 | 中国海警在西沙群岛海域巡航 | 西沙群岛
            48 | 中国在西沙部署导弹 | 西沙
            56 | Chiến sĩ đảo Trường Sa đón Tết | Trường Sa
            56 | A standoff in the Spratly Islands | Spratly Islands
            56 | Manila protests Chinese actions in the Spratlys | Spratlys
            56 | 南沙群岛附近出现多艘渔船 | 南沙群岛
            56 | 南沙局势 | 南沙
            91 | Du lịch Phú Quốc hút khách quốc tế | Phú Quốc
            91 | Tourists flock to Phu Quoc island | Phu Quoc
            79 | Di tích nhà tù Côn Đảo | Côn Đảo
            79 | Ferry services to Con Dao resumed | Con Dao
            51 | Tỏi Lý Sơn được mùa | Lý Sơn
            51 | Fishermen from Ly Son island | Ly Son
            """)
    void seasAndIslandsBelongToTheirProvinces(String code, String text, String name) {
        assertEquals(List.of(at(text, code, name)), places(text), text);
    }

    @Test
    void aWordMustNotBeFoundInsideAnother() {
        assertEquals(List.of("15:Sapa@8"), places("Du lịch Sapa mùa lúa chín"));
        assertEquals(List.of(), places("Huey helicopters"), "Hue is not inside Huey");
        assertEquals(List.of(), places("the hue of the sky"), "a case-sensitive name needs its capital");
        assertEquals(List.of(), places("vịnh đẹp, nước trong, vinh dự"), "vinh (bay, honour) is not the city of Vinh");
    }

    // ---- spans -----------------------------------------------------------------------------------

    @Test
    void spansPointAtTheNamesAsWritten() {
        String text = "Từ Đà Nẵng, Hội An đến Huế (Thừa Thiên Huế cũ) và Quảng Trị.";
        assertEquals(List.of(at(text, "48", "Đà Nẵng"), at(text, "48", "Hội An"), at(text, "46", "Huế"), at(text, "46", "Thừa Thiên Huế"),
                at(text, "44", "Quảng Trị")), places(text));
    }

    // ---- capital metonymy in isolation -----------------------------------------------------------

    @Test
    void capitalMetonymyLooksOnlyAtTheCapitalsNames() {
        CapitalMetonymy capital = new CapitalMetonymy(List.of("Hanoi"), List.of("said", "say"), List.of("Beijing"), List.of("also"));
        String text = "Hanoi said; Haiphong said; Beijing and Hanoi; Hanoi and Beijing; Hanoi's officials said; Hanoi’s said";
        assertTrue(capital.standsForGovernment(text, 0, 5), "Hanoi said");
        int haiphong = text.indexOf("Haiphong");
        assertFalse(capital.standsForGovernment(text, haiphong, haiphong + 8), "not a capital name");
        int afterAnd = text.indexOf("Hanoi", text.indexOf("Beijing and"));
        assertTrue(capital.standsForGovernment(text, afterAnd, afterAnd + 5), "Beijing and Hanoi");
        int beforeAnd = text.indexOf("Hanoi and");
        assertTrue(capital.standsForGovernment(text, beforeAnd, beforeAnd + 5), "Hanoi and Beijing");
        int possessive = text.indexOf("Hanoi's");
        assertFalse(capital.standsForGovernment(text, possessive, possessive + 5), "Hanoi's officials: the word after 's is not 'said'");
        int curly = text.indexOf("Hanoi’s");
        assertTrue(capital.standsForGovernment(text, curly, curly + 5), "Hanoi’s said: the possessive is skipped");
        assertFalse(capital.standsForGovernment("Hanoi sayings", 0, 5), "'sayings' is not 'said'");
        assertFalse(capital.standsForGovernment("Hanoi", 0, 5), "nothing follows");
        assertTrue(capital.standsForGovernment("Hanoi also said", 0, 5), "a filler between the name and its verb");
        assertFalse(capital.standsForGovernment("Hanoi also", 0, 5), "a filler alone is no government word");
        assertFalse(capital.standsForGovernment("Hanoi alsosaid", 0, 5), "fillers are whole words");
    }

    @Test
    void theGovernmentWordMayFollowAFiller() {
        assertEquals(List.of(), places("Hanoi also pledged to buy more aircraft."));
        assertEquals(List.of(), places("Hanoï a indiqué qu'il ratifierait l'accord."));
        assertEquals(List.of(), places("Hanoï a par ailleurs dénoncé les restrictions."));
        assertEquals(List.of(), places("Hà Nội cũng bày tỏ quan ngại về quyết định này."));
        String city = "Hanoi also has the country's oldest university.";
        assertEquals(List.of(at(city, "01", "Hanoi")), places(city), "'has' is a filler, 'the' is no government word");
    }

    // ---- passing mentions ------------------------------------------------------------------------

    @Test
    void whereVisitorsComeFromIsAPassingMention() {
        assertEquals(List.of(), places("Những nhóm bạn trẻ từ Hà Nội tìm đến để cắm trại."));
        assertEquals(List.of(), places("Du khách từ TP Hồ Chí Minh chiếm phần lớn."));
        assertEquals(List.of(), places("Tourists from Ho Chi Minh City filled the hotels."));
        assertEquals(List.of(), places("Xe khách chạy tuyến TP Hồ Chí Minh đi miền Tây."));
        String boat = "Tàu cá từ Quảng Ngãi bị xua đuổi.";
        assertEquals(List.of(at(boat, "51", "Quảng Ngãi")), places(boat), "a boat from a province is that province's story");
        String travel = "Chuyến khách từ Hà Nội vào đến nơi."; // "khách từ" after "Chuyến": still visitors
        assertEquals(List.of(), places(travel));
        assertEquals(List.of(), places("Nhóm bạn trẻ từ Hà Nội, Hải Phòng và Quảng Ninh tìm đến."), "the rest of the list too");
        assertEquals(List.of(), places("Une étape sur la route entre Hội An et Nha Trang."));
        String after = "Du khách từ Hà Nội đến Cô Tô.";
        assertEquals(List.of(at(after, "22", "Cô Tô")), places(after), "a list ends at any other word");
        String word = "Các cơ quan báo chí từ Hà Nội"; // "chí từ" ends like "khách từ"? no: whole-word cues only
        assertEquals(List.of(at(word, "01", "Hà Nội")), places(word));
    }

    @Test
    void streetsNamedAfterTheArchipelagosAreNotTheIslands() {
        assertEquals(List.of(), places("Mưa lớn khiến đường Hoàng Sa, đường Trường Sa ngập sâu."));
        assertEquals(List.of(), places("Traffic crawled along Truong Sa street."));
        String sea = "Ngư dân bám biển Hoàng Sa.";
        assertEquals(List.of(at(sea, "48", "Hoàng Sa")), places(sea));
    }

    @Test
    void borderGatesAndLandmarks() {
        String gate = "Nam Can border gate reopened for trucks.";
        assertEquals(List.of(at(gate, "40", "Nam Can border gate")), places(gate), "Nghệ An's gate, not Cà Mau's Năm Căn");
        String district = "Shrimp farms in Nam Can district flooded.";
        assertEquals(List.of(at(district, "96", "Nam Can")), places(district));
        String vi = "Cửa khẩu Nậm Cắn thông quan trở lại.";
        assertEquals(List.of(at(vi, "40", "Cửa khẩu Nậm Cắn")), places(vi));
        String mausoleum = "Lăng Chủ tịch Hồ Chí Minh tạm ngừng đón khách.";
        assertEquals(List.of(at(mausoleum, "01", "Lăng Chủ tịch Hồ Chí Minh")), places(mausoleum));
    }

    // ---- extension file --------------------------------------------------------------------------

    @Test
    void anOfficeCanExtendTheGazetteer(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("office.yaml");
        Files.writeString(file, """
                places:
                  - {province: "15", names: [Làng Nủ, Bảo Yên]}
                  - {province: "68", case-sensitive: false, names: [hồ xuân hương]}
                not-places:
                  - Lào Cai Phố
                """, StandardCharsets.UTF_8);
        Gazetteer extended = Gazetteer.load(file);
        String text = "Lũ quét ở Làng Nủ; dạo quanh Hồ Xuân Hương; quán Lào Cai Phố ở Hà Nội; tỉnh Lào Cai.";
        List<String> found = extended.find(text).stream().map(m -> m.phrase().payload() + ":" + text.substring(m.start(), m.end())).toList();
        assertEquals(List.of("15:Làng Nủ", "68:Hồ Xuân Hương", "01:Hà Nội", "15:Lào Cai"), found);
        int laoCaiPho = text.indexOf("Lào Cai Phố");
        assertEquals(List.of("15:Lào Cai@" + laoCaiPho, at(text, "01", "Hà Nội"), "15:Lào Cai@" + text.indexOf("Lào Cai", laoCaiPho + 1)),
                places(text), "the built-in gazetteer is unchanged");
    }
}
