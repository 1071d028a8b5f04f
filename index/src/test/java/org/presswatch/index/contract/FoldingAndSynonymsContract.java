package org.presswatch.index.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.presswatch.index.TestArticles.article;
import static org.presswatch.index.TestArticles.titleSet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.index.IndexBackend;

/**
 * Diacritics, case and đ do not matter to a query, and a query in one language finds the
 * coverage in the others through the synonym groups.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FoldingAndSynonymsContract extends BackendContract {
    protected FoldingAndSynonymsContract(IndexBackend backend) {
        super(backend);
    }

    private static final String VI_TRUONG_SA = "vi Trường Sa";
    private static final String VI_BIEN_DONG = "vi Biển Đông";
    private static final String VI_DA_NANG = "vi Đà Nẵng";
    private static final String VI_BIEN_ONLY = "vi biển";
    private static final String VI_BAO = "vi bão";
    private static final String EN_SCS = "en South China Sea";
    private static final String EN_SCS_TYPHOON = "en South China Sea typhoon";
    private static final String FR_SCS = "fr mer de Chine méridionale";
    private static final String ZH_SCS = "zh 南海";
    private static final String EN_PARACEL = "en Paracel Islands";
    private static final String EN_CHINA = "en China";
    private static final String EN_SEA = "en sea";

    private ArticleIndex index;

    @BeforeAll
    void load(@TempDir Path dir) throws IOException {
        index = backend().open(dir);
        backend().load(index,
                article("vi-truong-sa").title(VI_TRUONG_SA)
                        .text("Chiến sĩ hải quân đón Tết trên quần đảo Trường Sa giữa sóng gió.").build(),
                article("vi-bien-dong").title(VI_BIEN_DONG)
                        .text("Tàu cá của ngư dân hoạt động trên Biển Đông trong mùa cá nam.").build(),
                article("vi-da-nang").title(VI_DA_NANG)
                        .text("ĐÀ NẴNG đón đoàn đại biểu; ĐẠI HỘI được tổ chức tại Đà Nẵng.").build(),
                article("vi-bien").title(VI_BIEN_ONLY)
                        .text("Biển miền Trung xanh trong, hướng đông có gió nhẹ.").build(),
                article("vi-bao").title(VI_BAO)
                        .text("Bão số 3 đổ bộ vào Biển Đông, ngư dân vào bờ tránh bão.").build(),
                article("en-scs").title(EN_SCS).language("en")
                        .text("Tensions rose in the South China Sea after a coast guard standoff.").build(),
                article("en-scs-typhoon").title(EN_SCS_TYPHOON).language("en")
                        .text("A typhoon crossed the South China Sea overnight.").build(),
                article("fr-scs").title(FR_SCS).language("fr")
                        .text("Les pêcheurs vietnamiens en mer de Chine méridionale font face aux tempêtes.").build(),
                article("zh-scs").title(ZH_SCS).language("zh")
                        .text("中国海警船在南海巡逻。").build(),
                article("en-paracel").title(EN_PARACEL).language("en")
                        .text("Fishermen were detained near the Paracel Islands last week.").build(),
                article("en-china").title(EN_CHINA).language("en")
                        .text("China announced new export rules for rare earths.").build(),
                article("en-sea").title(EN_SEA).language("en")
                        .text("Sea levels are rising along the coast.").build());
    }

    @AfterAll
    void close() throws IOException {
        backend().discard(index);
    }

    private Set<String> found(String query) throws IOException {
        return titleSet(index.search(ArticleQuery.of(query)));
    }

    @ParameterizedTest(name = "\"{0}\" finds the article on Trường Sa")
    @ValueSource(strings = {"Trường Sa", "truong sa", "TRƯỜNG SA", "TRUONG SA", "trường sa", "Truong Sa", "trương sa"})
    void diacriticsAndCaseDoNotMatter(String query) throws IOException {
        assertEquals(Set.of(VI_TRUONG_SA), found(query), "articles found by " + query);
    }

    @ParameterizedTest(name = "\"{0}\" finds Đà Nẵng")
    @ValueSource(strings = {"đà nẵng", "Đà Nẵng", "ĐÀ NẴNG", "da nang", "DA NANG", "dà nẵng", "Da Nẵng"})
    void dStrokeFoldsToD(String query) throws IOException {
        assertEquals(Set.of(VI_DA_NANG), found(query), "articles found by " + query);
    }

    @Test
    void aSingleFoldedWordMatchesEveryArticleContainingIt() throws IOException {
        assertEquals(Set.of(VI_DA_NANG, VI_TRUONG_SA), found("don"),
                "'don' matches 'đón' in both articles and nothing else (not 'dong')");
        assertEquals(Set.of(VI_DA_NANG), found("dai hoi"), "'dai hoi' matches the upper-case 'ĐẠI HỘI'");
    }

    @Test
    void bienDongFindsBienDongWithoutDiacritics() throws IOException {
        Set<String> found = found("bien dong");
        assertEquals(true, found.contains(VI_BIEN_DONG), "'bien dong' finds 'Biển Đông', found " + found);
        assertEquals(false, found.contains(VI_BIEN_ONLY),
                "'bien dong' is one name: an article with 'biển' and 'đông' apart is not found, found " + found);
    }

    @ParameterizedTest(name = "\"{0}\" finds the coverage of the South China Sea in every language")
    @ValueSource(strings = {"biển đông", "bien dong", "BIỂN ĐÔNG", "South China Sea", "mer de Chine méridionale", "南海",
            "east sea"})
    void aSeaNameFindsItsEquivalentsInOtherLanguages(String query) throws IOException {
        assertEquals(Set.of(VI_BIEN_DONG, VI_BAO, EN_SCS, EN_SCS_TYPHOON, FR_SCS, ZH_SCS), found(query),
                "articles found by " + query);
    }

    @ParameterizedTest(name = "\"{0}\" finds the Paracel Islands")
    @ValueSource(strings = {"hoàng sa", "Hoang Sa", "quần đảo hoàng sa", "paracel", "Paracel Islands", "西沙"})
    void hoangSaFindsParacel(String query) throws IOException {
        assertEquals(Set.of(EN_PARACEL), found(query), "articles found by " + query);
    }

    @Test
    void aMultiWordSynonymMatchesAsAPhraseNotAsLooseWords() throws IOException {
        Set<String> found = found("biển đông");
        assertEquals(false, found.contains(EN_CHINA), "'china' alone is not the South China Sea, found " + found);
        assertEquals(false, found.contains(EN_SEA), "'sea' alone is not the South China Sea, found " + found);
    }

    @Test
    void aSynonymPlusAnotherWordRequiresBoth() throws IOException {
        assertEquals(Set.of(VI_BAO), found("biển đông bão"),
                "'biển đông bão': only the article with both; not the other Biển Đông articles, nor one with only 'bão'");
        assertEquals(Set.of(EN_SCS_TYPHOON), found("biển đông typhoon"),
                "the synonym still matches the English name, and 'typhoon' is still required");
        assertEquals(Set.of(EN_SCS_TYPHOON), found("typhoon South China Sea"), "word order does not matter");
        assertEquals(Set.of(), found("biển đông paracel"), "no article has both the sea and the islands");
    }

    @Test
    void synonymsApplyInsideQuotesAndWithFieldPrefixes() throws IOException {
        assertEquals(Set.of(VI_BIEN_DONG, VI_BAO, EN_SCS, EN_SCS_TYPHOON, FR_SCS, ZH_SCS), found("\"biển đông\""),
                "a quoted synonym");
        assertEquals(Set.of(VI_BIEN_DONG, EN_SCS, EN_SCS_TYPHOON, FR_SCS, ZH_SCS), found("title:\"biển đông\""),
                "a synonym restricted to titles (VI bão has Biển Đông only in its text)");
    }

    @Test
    void synonymsDoNotLeakIntoUnrelatedWords() throws IOException {
        assertEquals(Set.of(), found("hanoi"), "no article mentions Hà Nội in any language");
        assertEquals(Set.of(VI_BIEN_ONLY), found("bien mien trung"), "plain words without a synonym group");
    }
}
