package org.presswatch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.analysis.topic.model.BuiltInTopicModel;
import org.presswatch.core.config.DataLayout;
import org.presswatch.core.config.PresswatchConfig.RiskWeights;
import org.presswatch.core.model.ProvinceScore;

class OfficeFilesTest {
    @TempDir
    Path data;

    private static List<String> provinces(ArticleAnalyzer analyzer, String title) {
        return analyzer.analyze(title, "", "vi").provinces().stream().map(ProvinceScore::code).toList();
    }

    @Test
    void anEmptyDataFolderMeansTheBuiltInFiles() throws IOException {
        OfficeFiles none = OfficeFiles.read(DataLayout.under(data));
        assertEquals("the built-in topic model and the built-in gazetteer", none.describe());
        assertEquals(List.of(), provinces(ArticleAnalyzer.withDefaults(RiskWeights.DEFAULTS, none), "Bãi Rạng Xanh đón khách"));
    }

    @Test
    void theOfficesPlacesAndModelAreUsed() throws IOException {
        Files.writeString(DataLayout.under(data).gazetteer(), "places:\n  - {province: \"48\", names: [Bãi Rạng Xanh]}\n");
        BuiltInTopicModel.get().write(DataLayout.under(data).topicModel());
        OfficeFiles office = OfficeFiles.read(DataLayout.under(data));
        assertEquals("the office's topic model and the office's gazetteer additions", office.describe());
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults(RiskWeights.DEFAULTS, office);
        assertEquals(List.of("48"), provinces(analyzer, "Bãi Rạng Xanh đón khách"));
        assertEquals(List.of("56"), provinces(analyzer, "Ngư dân bám biển Trường Sa"), "the built-in places remain");
    }

    @Test
    void aBrokenGazetteerIsNamed() throws IOException {
        Files.writeString(DataLayout.under(data).gazetteer(), "places:\n  - {province: \"99\", names: [Nowhere]}\n");
        IOException unknown = assertThrows(IOException.class, () -> ArticleAnalyzer.withDefaults(RiskWeights.DEFAULTS, OfficeFiles.read(DataLayout.under(data))));
        assertTrue(unknown.getMessage().startsWith("the office's gazetteer.yaml: ") && unknown.getMessage().contains("99"), unknown.getMessage());
        Files.writeString(DataLayout.under(data).gazetteer(), "places: [unclosed\n");
        IOException yaml = assertThrows(IOException.class, () -> ArticleAnalyzer.withDefaults(RiskWeights.DEFAULTS, OfficeFiles.read(DataLayout.under(data))));
        assertTrue(yaml.getMessage().startsWith("the office's gazetteer.yaml is not valid YAML"), yaml.getMessage());
    }
}
