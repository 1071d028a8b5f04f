package org.presswatch.api.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.presswatch.analysis.ArticleAnalyzer;
import org.presswatch.core.alert.InMemoryAlertStore;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.AlertFigures;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.core.model.ClaimMatch;
import org.presswatch.core.model.CounterFact;
import org.presswatch.core.model.LocalizedText;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.core.model.Source;
import org.presswatch.index.lucene.LuceneArticleIndex;
import org.presswatch.pipeline.reanalysis.ReanalysisControl;
import org.presswatch.pipeline.reanalysis.ReanalysisStatus;

/**
 * A real API server over a real Lucene index, for the tests of the API and of the web UI: three
 * articles from two sources (a domestic one and a foreign one), one of them repeating a claim of
 * the rebuttal library's approved entry, and one whose crawled title and text hold markup that
 * must never run and which repeats the claim of a draft of Lạng Sơn's, which Khánh Hòa's officer
 * may not see; three alerts, one citing an article no longer in the index; the accounts and
 * tokens of a {@link TestOffice}.
 */
final class ApiFixture implements AutoCloseable {
    static final String LY_SON_TITLE = "Tàu cá Lý Sơn bị tàu nước ngoài phun vòi rồng gần quần đảo Hoàng Sa";
    static final String COAST_GUARD_TITLE = "Chinese coast guard water-cannons Vietnamese trawler near Paracels";
    /** Crawled markup that would set {@code window.pwned} if a page ever ran it. */
    static final String RICE_TITLE = "Rice exports from An Giang hit a record <img src=x onerror=\"window.pwned=1\">";
    static final String RICE_SCRIPT = "<script>window.pwned=2</script>";
    static final String DOMESTIC_SOURCE = "Báo Duyên Hải";
    static final String FOREIGN_SOURCE = "The Straits Herald";
    /** Cited by an alert, deleted from the index since. */
    static final String REMOVED_ID = Article.idFor(URI.create("https://baoduyenhai.example/bien-dao/da-go.html"));
    static final Instant PUBLISHED = Instant.parse("2026-11-20T03:00:00Z");
    /** This machine's own credential, as the serving runtime writes it for presswatch reindex. */
    static final String MACHINE_CREDENTIAL = "machine-credential-of-the-test";

    /** The library's approved entry, which the Lý Sơn article matches. */
    static final Rebuttal PARACELS = new Rebuttal("paracels", "Hoàng Sa không phải của Việt Nam?",
            List.of(new LocalizedText("vi", "Việt Nam chưa bao giờ thực thi chủ quyền đối với quần đảo Hoàng Sa.")), List.of("sovereignty"),
            List.of(), List.of(new CounterFact("vi", "Châu bản triều Nguyễn ghi việc đội Hoàng Sa ra đảo hằng năm.", "Châu bản triều Nguyễn",
                    null, LocalDate.parse("2014-05-14"))), List.of(), Rebuttal.Status.APPROVED, 1, Instant.EPOCH, "office-account");
    /** A draft of Lạng Sơn's office: its officers and national staff see it, nobody else. */
    static final String LANG_SON_DRAFT = "lang-son-border-draft";
    static final String LANG_SON_DRAFT_TITLE = "Biên giới Lạng Sơn";
    /** The draft's talking point: what its province's officers read, and nobody else. */
    static final String LANG_SON_DRAFT_POINT = "Cửa khẩu Hữu Nghị vẫn thông quan bình thường.";

    final LuceneArticleIndex index;
    final TestOffice office;
    final ApiServer api;
    final String lySonId;
    final String coastGuardId;
    final String riceId;

    private ApiFixture(LuceneArticleIndex index, TestOffice office, ApiServer api, String lySonId, String coastGuardId, String riceId) {
        this.index = index;
        this.office = office;
        this.api = api;
        this.lySonId = lySonId;
        this.coastGuardId = coastGuardId;
        this.riceId = riceId;
    }

    static ApiFixture start(Path dir) throws IOException {
        return start(dir, settings());
    }

    /** @param settings where the API listens and its limits */
    static ApiFixture start(Path dir, PresswatchConfig.Api settings) throws IOException {
        return start(dir, settings, TestOffice.open(), Clock.systemUTC());
    }

    /**
     * @param settings where the API listens and its limits
     * @param clock the server's clock (the rate limit's time)
     */
    static ApiFixture start(Path dir, PresswatchConfig.Api settings, Clock clock) throws IOException {
        return start(dir, settings, TestOffice.open(), clock);
    }

    /** @param office the accounts, which the fixture then owns */
    static ApiFixture start(Path dir, PresswatchConfig.Api settings, TestOffice office) throws IOException {
        return start(dir, settings, office, Clock.systemUTC());
    }

    private static ApiFixture start(Path dir, PresswatchConfig.Api settings, TestOffice office, Clock clock) throws IOException {
        LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"), Duration.ofMillis(50));
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
        Article lySon = article("duyenhai", "https://baoduyenhai.example/bien-dao/ly-son.html", LY_SON_TITLE,
                "Tàu cá của ngư dân đặc khu Lý Sơn, tỉnh Quảng Ngãi, bị tàu hải cảnh nước ngoài phun vòi rồng khi đang khai thác "
                        + "tại vùng biển quần đảo Hoàng Sa thuộc chủ quyền Việt Nam trên Biển Đông.\n\nBộ Ngoại giao đã lên tiếng phản đối.");
        Article coastGuard = article("straits", "https://straitsherald.example/asia/coast-guard.html", COAST_GUARD_TITLE,
                "A Vietnamese fishing boat from Ly Son was hit by water cannon near the Paracel Islands in the South China Sea, "
                        + "the latest clash over sovereignty in the disputed waters.\n\nHanoi protested to Beijing.");
        Article rice = article("straits", "https://straitsherald.example/markets/rice.html", RICE_TITLE,
                "Farmers in An Giang sold more rice abroad this year than ever, exporters said.\n\n"
                        + "The harvest " + RICE_SCRIPT + " was good & prices \"high\".");
        index.upsert(new AnalyzedArticle(lySon, analyzer.analyze(lySon), List.of(new ClaimMatch("paracels", "Hoàng Sa không phải của Việt Nam?",
                0.81234, 0.71234, "Tàu cá của ngư dân đặc khu Lý Sơn, tỉnh Quảng Ngãi, bị tàu hải cảnh nước ngoài phun vòi rồng."))));
        index.upsert(new AnalyzedArticle(coastGuard, analyzer.analyze(coastGuard)));
        // the draft's claim, matched before the draft was restricted: whoever may not see the draft sees no more of it here
        index.upsert(new AnalyzedArticle(rice, analyzer.analyze(rice), List.of(new ClaimMatch(LANG_SON_DRAFT, LANG_SON_DRAFT_TITLE,
                0.64, 0.58, "Farmers in An Giang sold more rice abroad this year than ever, exporters said."))));
        index.refresh();

        InMemoryAlertStore alerts = new InMemoryAlertStore();
        alerts.record(new Alert("spike-51-sovereignty-20261120T0300Z", Instant.parse("2026-11-20T03:20:00Z"), "51",
                "sovereignty", "9 articles on sovereignty about 51", List.of(lySon.id()),
                new AlertFigures.Spike(9, 1.2, 1.1, 6.7, Instant.parse("2026-11-20T03:00:00Z"), 3600)));
        alerts.record(new Alert("risk-" + lySon.id(), Instant.parse("2026-11-20T03:10:00Z"), "51", "sovereignty",
                "risk 0.81", List.of(lySon.id()), new AlertFigures.HighRisk(0.81, Map.of("topic", 0.6))));
        alerts.record(new Alert("story-x", Instant.parse("2026-11-19T03:10:00Z"), null, "human_rights",
                "one story from 4 sources", List.of(lySon.id(), REMOVED_ID, coastGuard.id()),
                new AlertFigures.Amplification(4, 4, 21_600, Instant.parse("2026-11-19T01:00:00Z"))));
        office.office.library().save(PARACELS, "office-account");
        office.office.library().save(new Rebuttal(LANG_SON_DRAFT, LANG_SON_DRAFT_TITLE, List.of(new LocalizedText("vi",
                "Cửa khẩu Hữu Nghị đã bị đóng vĩnh viễn.")), List.of("border"), List.of(TestOffice.LANG_SON), List.of(),
                List.of(new LocalizedText("vi", LANG_SON_DRAFT_POINT)), Rebuttal.Status.DRAFT, 1, Instant.EPOCH, TestOffice.OFFICER),
                TestOffice.OFFICER);
        ApiServer api = ApiServer.start(settings, new ApiServer.Served(index, alerts, List.of(
                new Source("duyenhai", DOMESTIC_SOURCE, URI.create("https://baoduyenhai.example/"), List.of(), "VN", List.of("vi"),
                        List.of(), 1, Duration.ofMinutes(5)),
                new Source("straits", FOREIGN_SOURCE, URI.create("https://straitsherald.example/"), List.of(), "SG",
                        List.of("en"), List.of(), 1, Duration.ofMinutes(5))), office.office, new HeldReanalysis(), MACHINE_CREDENTIAL,
                clock));
        return new ApiFixture(index, office, api, lySon.id(), coastGuard.id(), rice.id());
    }

    /** The built-in settings of the API, on any free port of the loopback address. */
    static PresswatchConfig.Api settings() {
        return settings(Map.of());
    }

    /** The built-in settings of the API, on any free port of the loopback address, with these keys changed. */
    static PresswatchConfig.Api settings(Map<String, Object> overrides) {
        ConfigLoader loader = new ConfigLoader().override("api.host", "127.0.0.1").override("api.port", 0);
        overrides.forEach(loader::override);
        return loader.load().api();
    }

    /** The settings with these trusted proxies and addresses allowed to read the metrics. */
    static PresswatchConfig.Api addresses(PresswatchConfig.Api settings, List<String> trustedProxies, List<String> metricsAllowed) {
        return new PresswatchConfig.Api(settings.host(), settings.port(), trustedProxies, metricsAllowed, settings.limits());
    }

    private static Article article(String source, String url, String title, String text) {
        return Article.of(source, URI.create(url), null, title, text, "und", PUBLISHED, Instant.parse("2026-11-20T03:05:00Z"));
    }

    String url(String path) {
        return "http://127.0.0.1:" + api.port() + path;
    }

    /** A request of the path as the account, with its token of the write scope (a reader's reads only). */
    HttpRequest.Builder as(String account, String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + office.token(account));
    }

    /** A request of the path as the admin. */
    HttpRequest.Builder request(String path) {
        return as(TestOffice.ADMIN, path);
    }

    @Override
    public void close() throws IOException {
        try (office; LuceneArticleIndex closingIndex = index) {
            api.close();
        }
    }

    /** A re-analysis of three articles that, once started, runs until the test ends. */
    private static final class HeldReanalysis implements ReanalysisControl {
        private ReanalysisStatus status = ReanalysisStatus.IDLE;

        @Override
        public synchronized ReanalysisStatus start() {
            if (status.running()) {
                throw new IllegalStateException("a re-analysis is running already");
            }
            status = ReanalysisStatus.of("running", 3, 0, Instant.now(), null, Instant.now(), null);
            return status;
        }

        @Override
        public synchronized ReanalysisStatus status() {
            return status;
        }
    }
}
