package org.presswatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.alert.InMemoryAlertStore;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.core.model.ArticleAnalysis;
import org.presswatch.core.model.Evidence;
import org.presswatch.core.model.ProvinceScore;
import org.presswatch.core.model.Risk;
import org.presswatch.core.model.Source;
import org.presswatch.core.model.TopicScore;
import org.presswatch.index.lucene.LuceneArticleIndex;
import org.presswatch.pipeline.reanalysis.ReanalysisControl;
import org.presswatch.pipeline.reanalysis.ReanalysisStatus;

/**
 * Whether an article is listed under a province or a topic is the analysis's decision, whatever
 * the score: the API's hits, its facets and its filters follow it and apply no threshold of their
 * own (before, hits gave every province scored, the facets counted provinces from 0.25 and topics
 * from 0.5, and the web UI showed provinces from 0.25).
 */
class ListedScoresTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static LuceneArticleIndex index;
    static TestOffice office;
    static ApiServer api;

    @BeforeAll
    static void start() throws Exception {
        index = new LuceneArticleIndex(dir.resolve("index"), Duration.ofMillis(50));
        Article article = Article.of("duyenhai", URI.create("https://baoduyenhai.example/tin/le-hoi.html"), null,
                "Lễ hội đình làng ở Đà Nẵng", "Người dân Đà Nẵng dự lễ hội đình làng; khách từ Hà Nội và Huế cũng đến.", "vi",
                Instant.parse("2026-11-20T03:00:00Z"), Instant.parse("2026-11-20T03:05:00Z"));
        Evidence rule = new Evidence("test/rule", 1, List.of());
        ArticleAnalysis analysis = new ArticleAnalysis("vi",
                List.of(new ProvinceScore("48", 0.6, true, List.of()),
                        // a passing mention above the old thresholds that the analysis did not list
                        new ProvinceScore("01", 0.31, false, List.of()),
                        new ProvinceScore("46", 0.27, false, List.of())),
                List.of(new TopicScore("religion", 0.55, false, List.of(rule)),
                        new TopicScore("image", 0.45, true, List.of(rule))),
                0, 0, Risk.NONE);
        index.upsert(new AnalyzedArticle(article, analysis));
        index.refresh();
        office = TestOffice.open();
        api = ApiServer.start(ApiFixture.settings(), new ApiServer.Served(index, new InMemoryAlertStore(), List.of(
                new Source("duyenhai", "Báo Duyên Hải", URI.create("https://baoduyenhai.example/"), List.of(), "VN", List.of("vi"),
                        List.of(), 1, Duration.ofMinutes(5))), office.office, new ReanalysisControl() {
                            @Override
                            public ReanalysisStatus start() {
                                throw new IllegalStateException("not in this test");
                            }

                            @Override
                            public ReanalysisStatus status() {
                                return ReanalysisStatus.IDLE;
                            }
                        }, "", Clock.systemUTC()));
    }

    @AfterAll
    static void stop() throws Exception {
        try (TestOffice closingOffice = office; LuceneArticleIndex closingIndex = index) {
            api.close();
        }
    }

    @Test
    void hitsListWhatTheAnalysisListedAndNothingElse() throws Exception {
        JsonNode hit = get("/api/v1/articles").get("articles").get(0);
        assertEquals(List.of("48"), values(hit.get("provinces"), "code"));
        assertEquals(List.of("image"), values(hit.get("topics"), "id"));
    }

    @Test
    void facetsAndFiltersFollowTheAnalysis() throws Exception {
        JsonNode facets = get("/api/v1/articles").get("facets");
        assertEquals(List.of("48"), values(facets.get("province"), "value"));
        assertEquals(List.of("image"), values(facets.get("topic"), "value"));
        assertEquals(0, get("/api/v1/articles?province=01").get("total").asLong(), "a province not listed is not filtered on");
        assertEquals(0, get("/api/v1/articles?province=46").get("total").asLong());
        assertEquals(1, get("/api/v1/articles?province=48").get("total").asLong());
    }

    @Test
    void theArticleItselfGivesEveryScoreAndWhetherItIsListed() throws Exception {
        String id = get("/api/v1/articles").get("articles").get(0).get("id").asText();
        JsonNode detail = get("/api/v1/articles/" + id);
        assertEquals(List.of("48", "01", "46"), values(detail.get("provinces"), "code"));
        assertEquals(List.of("true", "false", "false"), values(detail.get("provinces"), "listed"));
        assertEquals(List.of("false", "true"), values(detail.get("topics"), "listed"));
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asText()));
        return values;
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                .header("Authorization", "Bearer " + office.token(TestOffice.OFFICER)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + " -> " + response.body());
        return JSON.readTree(response.body());
    }
}
