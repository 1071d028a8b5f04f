package org.presswatch.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {
    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    @Test
    void theListOfIdentifiedLanguagesIsTheModels() {
        assertEquals(List.copyOf(LanguageIdentifier.identifiable()), Languages.IDENTIFIED);
    }

    /** Headlines, as a feed gives them before the article is fetched. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            vi | Quảng Ngãi khởi công cảng cá Sa Huỳnh
            vi | Ngư dân Lý Sơn được hỗ trợ sửa tàu sau bão
            vi | Đắk Lắk trao đất sản xuất cho đồng bào Ê Đê
            en | Fishermen rescued after storm sinks boat off central coast
            en | Vietnam protests Chinese survey ship near oil blocks
            fr | Les pêcheurs vietnamiens inquiets face aux garde-côtes chinois
            fr | Le Vietnam proteste contre la présence d'un navire chinois
            zh | 越南渔民在西沙群岛附近遭中国海警驱离
            ru | Вьетнам и Россия подписали соглашение о сотрудничестве
            km | រដ្ឋាភិបាលកម្ពុជាបើកច្រកព្រំដែនថ្មីជាមួយវៀតណាម
            lo | ລັດຖະບານລາວເປີດດ່ານຊາຍແດນໃໝ່ກັບຫວຽດນາມ
            th | รัฐบาลไทยเปิดด่านชายแดนใหม่กับกัมพูชา
            """)
    void identifiesShortTitles(String language, String title) {
        assertEquals(language, IDENTIFIER.identify(title, null), title);
    }

    private static final Map<String, String> LONG_TEXTS = Map.of(
            "vi", """
                    Sáng nay, Ủy ban nhân dân tỉnh Quảng Ngãi tổ chức lễ khởi công dự án nâng cấp cảng cá Sa Huỳnh với tổng \
                    vốn đầu tư hơn 300 tỷ đồng. Khi hoàn thành, cảng có thể tiếp nhận cùng lúc 400 tàu cá có công suất lớn. \
                    Nhiều ngư dân cho biết họ mong công trình sớm đi vào hoạt động để có nơi neo đậu an toàn trong mùa mưa bão.""",
            "en", """
                    Vietnam's foreign ministry on Monday protested the presence of a Chinese survey ship in its exclusive \
                    economic zone, saying the vessel and its escorts had operated for nine days near oil blocks licensed to \
                    foreign partners. The spokesperson urged Beijing to withdraw the ship immediately and respect international law.""",
            "fr", """
                    Le ministère vietnamien des Affaires étrangères a protesté lundi contre la présence d'un navire de recherche \
                    chinois dans sa zone économique exclusive, estimant que le bâtiment et son escorte opéraient depuis neuf jours \
                    près de blocs pétroliers. Le porte-parole a demandé à Pékin de retirer le navire sans délai.""",
            "zh", """
                    越南外交部发言人周一表示，一艘中国调查船及其护航船只在越南专属经济区内活动已有九天，越方已向中方提出交涉。\
                    发言人要求中方立即撤回该船，尊重国际法和越南的主权权利。分析人士认为，此事将给两国即将举行的海上问题磋商蒙上阴影。""",
            "ru", """
                    Министерство иностранных дел Вьетнама в понедельник выразило протест в связи с присутствием китайского \
                    исследовательского судна в исключительной экономической зоне страны. По словам официального представителя, \
                    судно и сопровождающие его корабли находились вблизи нефтяных блоков в течение девяти дней.""",
            "km", """
                    រាជរដ្ឋាភិបាលកម្ពុជាបានសម្រេចបើកច្រកព្រំដែនអន្តរជាតិថ្មីមួយជាមួយប្រទេសវៀតណាម ដើម្បីជំរុញពាណិជ្ជកម្ម \
                    និងទេសចរណ៍។ មន្ត្រីក្រសួងពាណិជ្ជកម្មបានឱ្យដឹងថា ច្រកនេះនឹងជួយកសិករក្នុងការនាំចេញផលិតផលកសិកម្ម \
                    ទៅកាន់ទីផ្សារអន្តរជាតិកាន់តែងាយស្រួល។""",
            "lo", """
                    ລັດຖະບານ ສປປ ລາວ ໄດ້ຕົກລົງເປີດດ່ານຊາຍແດນສາກົນແຫ່ງໃໝ່ກັບສາທາລະນະລັດສັງຄົມນິຍົມຫວຽດນາມ ເພື່ອຊຸກຍູ້ການຄ້າ \
                    ແລະ ການທ່ອງທ່ຽວ. ເຈົ້າໜ້າທີ່ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ ກ່າວວ່າ ດ່ານແຫ່ງນີ້ຈະຊ່ວຍໃຫ້ຊາວກະສິກອນ \
                    ສົ່ງອອກຜະລິດຕະພັນກະສິກຳໄດ້ສະດວກຂຶ້ນ.""",
            "th", """
                    รัฐบาลไทยมีมติเปิดด่านชายแดนถาวรแห่งใหม่กับกัมพูชาเพื่อส่งเสริมการค้าและการท่องเที่ยว \
                    เจ้าหน้าที่กระทรวงพาณิชย์กล่าวว่าด่านแห่งนี้จะช่วยให้เกษตรกรส่งออกสินค้าเกษตรได้สะดวกยิ่งขึ้น \
                    และคาดว่ามูลค่าการค้าชายแดนจะเพิ่มขึ้นอย่างน้อยร้อยละสิบในปีหน้า""");

    @Test
    void identifiesLongerTexts() {
        LONG_TEXTS.forEach((language, text) -> assertEquals(language, IDENTIFIER.identify(text, null), language + ": " + text));
    }

    @Test
    void aConfidentModelOverridesAWrongDeclaration() {
        for (String language : List.of("en", "fr", "ru")) {
            String text = LONG_TEXTS.get(language);
            assertEquals(language, IDENTIFIER.identify(text, "vi"), "a page declaring vi but written in " + language);
        }
        assertEquals("vi", IDENTIFIER.identify(LONG_TEXTS.get("vi"), "en"), "Vietnamese letters are decisive");
        assertEquals("km", IDENTIFIER.identify(LONG_TEXTS.get("km"), "en"), "the Khmer script is decisive");
        assertEquals("lo", IDENTIFIER.identify(LONG_TEXTS.get("lo"), "th"), "the Lao script is decisive");
    }

    @Test
    void theDeclaredLanguageIsBelievedWhenTheModelIsUnsure() {
        // A few words are not enough for the model (its confidence stays far below one half).
        assertEquals("fr", IDENTIFIER.identify("Le Vietnam proteste contre la Chine", "fr"));
        assertEquals("en", IDENTIFIER.identify("Mekong delta", "en"));
        assertEquals("vi", IDENTIFIER.identify("Tin mới", "vi"), "one Vietnamese letter is too few for the shortcut");
        assertEquals("fr", IDENTIFIER.identify("Hà Nội", "fr"), "one Vietnamese letter is too few for the shortcut");
    }

    @Test
    void textWithoutLettersIsTheDeclaredLanguageOrUndetermined() {
        for (String text : List.of("", "   ", "2025", "12/3 - 14:30", "!!! ??? ...", "★ ☆ ✓", "AB 123", "1. a) b)")) {
            assertEquals("und", IDENTIFIER.identify(text, null), "'" + text + "' without a declaration");
            assertEquals("vi", IDENTIFIER.identify(text, "vi"), "'" + text + "' declared vi");
        }
        assertEquals("und", IDENTIFIER.identify("Taxi", null), "the model's guess has no ISO 639-1 code");
    }

    @Test
    void foreignTextsQuotingVietnameseNamesStayForeign() {
        String english = """
                Fishermen from Quảng Ngãi and Đà Nẵng say Chinese coast guard vessels have chased them away from their \
                traditional fishing grounds three times this season. The provincial fisheries department has asked the \
                central government to provide more support for boats that operate far from shore, including fuel subsidies.""";
        assertEquals("en", IDENTIFIER.identify(english, null));
        String french = """
                Les autorités de Huế ont annoncé la restauration de la citadelle impériale, classée au patrimoine mondial. \
                Le chantier, financé en partie par la province de Thừa Thiên, doit durer quatre ans et employer des artisans \
                venus de tout le pays, selon le directeur du centre de conservation.""";
        assertEquals("fr", IDENTIFIER.identify(french, null));
    }

    @Test
    void languageCodesAreTheCurrentIsoCodes() {
        String indonesian = """
                Indonesia dan Vietnam sepakat mempercepat perundingan batas zona ekonomi eksklusif di Laut Natuna Utara, \
                kata menteri luar negeri pada hari Senin. Kedua negara telah berunding selama lebih dari satu dekade dan \
                berharap dapat menandatangani perjanjian akhir tahun ini setelah pertemuan tingkat tinggi di Jakarta.""";
        assertEquals("id", IDENTIFIER.identify(indonesian, null), "Indonesian is id, not the withdrawn code in");
        String hebrew = """
                ישראל וויאטנאם חתמו על הסכם סחר חופשי בירושלים ביום שני, כך הודיע משרד החוץ. ההסכם יבטל מכסים על רוב \
                הסחורות בין שתי המדינות ויגדיל את היצוא החקלאי. שר הכלכלה אמר כי מדובר בצעד חשוב ליחסים בין המדינות.""";
        assertEquals("he", IDENTIFIER.identify(hebrew, null), "Hebrew is he, not the withdrawn code iw");
    }

    @Test
    void onlyTheBeginningOfALongTextIsRead() {
        String text = LONG_TEXTS.get("en").repeat(6) + " " + LONG_TEXTS.get("vi").repeat(6);
        assertTrue(LONG_TEXTS.get("en").repeat(6).length() > 1500, "test bug: the English part must exceed the sample");
        assertEquals("en", IDENTIFIER.identify(text, null));
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<String> languages = new ArrayList<>(LONG_TEXTS.keySet());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String language = languages.get(i % languages.size());
                results.add(pool.submit(() -> language + "=" + IDENTIFIER.identify(LONG_TEXTS.get(language), null)));
            }
            for (int i = 0; i < results.size(); i++) {
                String language = languages.get(i % languages.size());
                assertEquals(language + "=" + language, results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void vietnameseLettersNeedAtLeastTwoAndAShareOfTheLetters() {
        assertTrue(VietnameseLetters.isVietnamese("Đắk Lắk"), "ắ ắ đ");
        assertTrue(VietnameseLetters.isVietnamese("Tin mới nhất"), "ớ ấ");
        assertFalse(VietnameseLetters.isVietnamese("Tin mới"), "only one distinctive letter");
        assertFalse(VietnameseLetters.isVietnamese("Café résumé à la carte"), "French accents are not Vietnamese letters");
        assertFalse(VietnameseLetters.isVietnamese("São João, Açores"), "nor are Portuguese ones");
        assertFalse(VietnameseLetters.isVietnamese(""));
        String english = "The delegation from Đà Nẵng " + "arrived in the capital to discuss investment in the port. ".repeat(5);
        assertFalse(VietnameseLetters.isVietnamese(english), "two Vietnamese letters among hundreds of English ones");
    }
}
