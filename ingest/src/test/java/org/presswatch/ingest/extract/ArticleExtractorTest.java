package org.presswatch.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.presswatch.ingest.url.CanonicalUrls;

/**
 * ArticleExtractor on hand-written pages in the shapes real news sites use, each with the
 * boilerplate that must stay out of the text. Expected paragraphs are spelled out in full.
 */
class ArticleExtractorTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private static String resource(String name) {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String paragraphs(String... ps) {
        return String.join("\n\n", ps);
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    private static boolean isNfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    // ---- a Vietnamese portal page ----

    private static final URI VN_FETCHED = URI.create(
            "https://m.baomientrung.example/thoi-su/bao-so-13-do-bo-quang-ngai-4821.html?utm_source=zalo&zarsrc=30");
    private static final String VN_TEXT = paragraphs(
            "Rạng sáng 25/11, bão số 13 đổ bộ vào đất liền các tỉnh Quảng Ngãi và Gia Lai với sức gió mạnh cấp 12, giật cấp 15, làm hàng nghìn ngôi nhà bị tốc mái.",
            "Theo Ban Chỉ huy phòng thủ dân sự tỉnh Quảng Ngãi, đến 10 giờ sáng, toàn tỉnh có 2.350 ngôi nhà bị tốc mái, hơn 400 cây xanh bị gãy đổ, nhiều tuyến đường tại thành phố bị ngập sâu.",
            "Ông Nguyễn Văn Tâm, Phó chủ tịch UBND tỉnh, cho biết lực lượng chức năng đã sơ tán hơn 12.000 hộ dân ở vùng ven biển và vùng trũng thấp đến nơi an toàn từ chiều hôm trước.",
            "Tại huyện Bình Sơn, mưa lớn kéo dài khiến nước sông Trà Bồng dâng cao, chia cắt nhiều thôn. Chính quyền địa phương đã huy động xuồng máy, lương thực và nước sạch để hỗ trợ người dân bị cô lập, theo phóng viên tại chỗ.",
            "Trung tâm Dự báo khí tượng thủy văn quốc gia nhận định, trong 24 giờ tới bão suy yếu thành áp thấp nhiệt đới, nhưng các tỉnh từ Quảng Trị đến Khánh Hòa vẫn có mưa rất to, nguy cơ lũ quét và sạt lở đất cao.");

    @Test
    void vietnamesePortalPage() throws IOException {
        String html = resource("vn-portal.html");
        ExtractedArticle a = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", VN_FETCHED);
        assertEquals("Bão số 13 đổ bộ Quảng Ngãi, hàng nghìn nhà tốc mái", a.title(), "the headline, without the site name of <title>");
        assertEquals(VN_TEXT, a.text(), "lead and body only: no caption, related box, ad, empty paragraph, byline, share bar, comments");
        assertEquals(Instant.parse("2025-11-25T07:30:00Z"), a.published(), "visible 'Thứ Ba, 25/11/2025, 14:30 (GMT+7)'");
        assertEquals("Trần Minh - Lê Hoa", a.author(), "the byline at the end of the article");
        assertEquals("vi", a.language());
        assertEquals(URI.create("https://baomientrung.example/thoi-su/bao-so-13-do-bo-quang-ngai-4821.html"), a.canonicalUrl(),
                "rel=canonical, though fetched from the mobile site with tracking parameters");
        assertEquals(URI.create("https://m.baomientrung.example/uploads/2025/11/bao-so-13.jpg"), a.imageUrl(),
                "relative og:image resolved against the page's URL");
    }

    @Test
    void sameResultFromBytesAndFromText() throws IOException {
        String html = resource("vn-portal.html");
        assertEquals(extractor.extract(html, VN_FETCHED),
                extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, VN_FETCHED), "meta charset=utf-8 is honoured without a header");
    }

    // ---- an international page with JSON-LD ----

    @Test
    void internationalPageWithJsonLd() throws IOException {
        URI fetched = URI.create("https://www.straitsherald.example/world/asia/coast-guards-meet-shoal-incident-2025-11-25/?ref_src=twsrc");
        ExtractedArticle a = extractor.extract(resource("en-international.html").getBytes(StandardCharsets.UTF_8), "text/html", fetched);
        assertEquals("Coast guards of three nations meet after shoal incident", a.title(), "JSON-LD headline wins over og:title");
        assertEquals(paragraphs(
                "Officials from Vietnam, the Philippines and Malaysia agreed on Tuesday to set up a hotline after a collision between fishing boats near a disputed shoal.",
                "The meeting in Singapore, the first of its kind in two years, came after a Philippine fishing boat and a Malaysian trawler collided in heavy seas last week, leaving two fishermen injured.",
                "\"We agreed that no incident at sea should be allowed to escalate because of a lack of communication,\" said Commodore Reyes, who led the Philippine delegation.",
                "A hotline, and regular talks",
                "Under the arrangement, duty officers of the three coast guards will be reachable around the clock, and senior officials will meet every six months, alternating between capitals.",
                "Analysts at the Maritime Institute said the deal, while modest, would reduce the risk of miscalculation in one of the region's busiest fishing grounds.",
                "The hotline will be staffed in English, Malay, Tagalog and Vietnamese.",
                "A joint search-and-rescue exercise is planned for the first half of next year.",
                "Vietnam's delegation said it would propose extending the arrangement to other coast guards in the region."), a.text());
        assertEquals(Instant.parse("2025-11-25T00:05:12Z"), a.published(),
                "the NewsArticle's datePublished inside @graph, not the WebPage's nor article:published_time");
        assertEquals("Jane Lim, Arif Rahman", a.author(), "JSON-LD authors joined");
        assertEquals("en", a.language(), "en-SG reduced to its language");
        assertEquals(URI.create("https://www.straitsherald.example/world/asia/coast-guards-meet-shoal-incident-2025-11-25/"), a.canonicalUrl(),
                "og:url when there is no rel=canonical");
        assertEquals(URI.create("https://cdn.straitsherald.example/2025/11/coast-guards.jpg"), a.imageUrl(), "JSON-LD ImageObject");
    }

    // ---- publication time, source by source ----

    private static final String BODY = """
            <article><h1>Đường tỉnh 622 sạt lở nghiêm trọng</h1>
            <p>Mưa lớn kéo dài nhiều ngày khiến tuyến đường tỉnh 622 qua huyện Minh Long bị sạt lở nghiêm trọng, giao thông bị chia cắt hoàn toàn.</p>
            <p>Lực lượng chức năng đã cắm biển cảnh báo, bố trí người trực tại hai đầu điểm sạt lở và hướng dẫn người dân đi đường vòng.</p>
            </article>""";

    private Instant publishedOf(String head, String body, String url) {
        String html = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>";
        return extractor.extract(html, URI.create(url)).published();
    }

    @Test
    void publishedFromArticlePublishedTime() {
        assertEquals(Instant.parse("2025-11-25T07:30:00Z"),
                publishedOf("<meta property=\"article:published_time\" content=\"2025-11-25T14:30:00+07:00\">", BODY, "https://a.example/x.html"));
    }

    @Test
    void publishedWithoutOffsetIsReadInVietnamForVietnamesePages() {
        assertEquals(Instant.parse("2025-11-25T07:30:00Z"),
                publishedOf("<meta property=\"article:published_time\" content=\"2025-11-25 14:30:00\">", BODY, "https://a.example/x.html"));
        String english = "<!DOCTYPE html><html lang=\"en\"><head><meta property=\"article:published_time\" content=\"2025-11-25 14:30:00\">"
                + "</head><body>" + BODY + "</body></html>";
        assertEquals(Instant.parse("2025-11-25T14:30:00Z"), extractor.extract(english, URI.create("https://a.example/x")).published(),
                "other pages: UTC");
    }

    @Test
    void publishedFromTimeElement() {
        String body = BODY.replace("<article><h1>", "<article><time datetime=\"2025-11-25T14:30:00+07:00\">25/11/2025</time><h1>");
        assertEquals(Instant.parse("2025-11-25T07:30:00Z"), publishedOf("", body, "https://a.example/x.html"));
    }

    @Test
    void publishedFromJsonLdWinsOverMetaTags() {
        String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-11-25T14:30:00+07:00\"}</script>"
                + "<meta property=\"article:published_time\" content=\"2025-11-20T00:00:00Z\">";
        assertEquals(Instant.parse("2025-11-25T07:30:00Z"), publishedOf(head, BODY, "https://a.example/x.html"));
    }

    @Test
    void malformedJsonLdIsSkipped() {
        String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":</script>"
                + "<meta property=\"article:published_time\" content=\"2025-11-25T14:30:00+07:00\">";
        assertEquals(Instant.parse("2025-11-25T07:30:00Z"), publishedOf(head, BODY, "https://a.example/x.html"));
    }

    @Test
    void metadataWinsOverVisibleDateAndVisibleOverUrl() {
        String visible = BODY.replace("<article>", "<article><div class=\"post-date\">Thứ Tư, 26/11/2025 - 09:15</div>");
        assertEquals(Instant.parse("2025-11-26T02:15:00Z"), publishedOf("", visible, "https://a.example/2025/11/01/x.html"),
                "visible date over the URL's");
        assertEquals(Instant.parse("2025-11-25T07:30:00Z"),
                publishedOf("<meta property=\"article:published_time\" content=\"2025-11-25T14:30:00+07:00\">", visible,
                        "https://a.example/2025/11/01/x.html"), "metadata over the visible date");
    }

    @Test
    void visibleTimeBeforeDateIsRead() {
        String visible = BODY.replace("<article>", "<article><span class=\"time-public\">14:30 25/11/2025</span>");
        assertEquals(Instant.parse("2025-11-25T07:30:00Z"), publishedOf("", visible, "https://a.example/x.html"));
    }

    @Test
    void publishedFromTheUrlAsLastResort() {
        assertEquals(Instant.parse("2025-11-24T17:00:00Z"), publishedOf("", BODY, "https://a.example/2025/11/25/sat-lo.html"),
                "midnight in Vietnam");
        assertEquals(Instant.parse("2025-11-24T17:00:00Z"), publishedOf("", BODY, "https://a.example/thoi-su/sat-lo-20251125093015.htm"));
    }

    @Test
    void noDateAnywhereIsNull() {
        assertNull(publishedOf("", BODY, "https://a.example/thoi-su/sat-lo-622.html"), "unknown, not now");
    }

    @Test
    void unparseableMetadataFallsThroughToTheNextSource() {
        assertEquals(Instant.parse("2025-11-25T07:30:00Z"), publishedOf(
                "<meta property=\"article:published_time\" content=\"hôm qua\"><meta name=\"pubdate\" content=\"2025-11-25T07:30:00Z\">",
                BODY, "https://a.example/x.html"));
    }

    // ---- title ----

    @Test
    void titlePriorityIsJsonLdThenOpenGraphThenHeadlineThenDocumentTitle() {
        String h1 = "<article><h1>Tiêu đề H1</h1><p>Nội dung bài viết đủ dài để được xem là một đoạn văn của bài báo, có dấu phẩy, có dấu chấm.</p></article>";
        URI url = URI.create("https://a.example/x");
        assertEquals("Tiêu đề JSON", extractor.extract("<html><head><title>Tiêu đề trang</title><meta property=\"og:title\" content=\"Tiêu đề OG\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Tiêu đề JSON\"}</script></head><body>" + h1
                + "</body></html>", url).title());
        assertEquals("Tiêu đề OG", extractor.extract("<html><head><title>Tiêu đề trang</title><meta property=\"og:title\" content=\"Tiêu đề OG\">"
                + "</head><body>" + h1 + "</body></html>", url).title());
        assertEquals("Tiêu đề H1", extractor.extract("<html><head><title>Tiêu đề trang</title></head><body>" + h1 + "</body></html>", url).title());
        assertEquals("Tiêu đề trang", extractor.extract("<html><head><title> Tiêu đề trang </title></head><body>"
                + h1.replace("<h1>Tiêu đề H1</h1>", "") + "</body></html>", url).title());
        assertEquals("", extractor.extract("<p>x</p>", url).title(), "no title at all is empty, not null");
    }

    @Test
    void titleRepeatedAsFirstParagraphIsDropped() {
        String html = "<html><head><meta property=\"og:title\" content=\"Giá lúa tăng mạnh sau mùa mưa bão\"></head><body><div class=\"content\">"
                + "<p>Giá lúa tăng mạnh sau mùa mưa bão</p>"
                + "<p>Giá lúa tại các tỉnh đồng bằng sông Cửu Long tăng 300 đồng mỗi kg so với tuần trước, nông dân phấn khởi.</p>"
                + "<p>Thương lái cho biết nguồn cung giảm do mưa bão kéo dài, trong khi nhu cầu xuất khẩu vẫn ở mức cao.</p></div></body></html>";
        assertEquals(paragraphs("Giá lúa tại các tỉnh đồng bằng sông Cửu Long tăng 300 đồng mỗi kg so với tuần trước, nông dân phấn khởi.",
                        "Thương lái cho biết nguồn cung giảm do mưa bão kéo dài, trong khi nhu cầu xuất khẩu vẫn ở mức cao."),
                extractor.extract(html, URI.create("https://a.example/x")).text());
    }

    // ---- body shapes ----

    @Test
    void oldStyleBodyWithBreaksInsteadOfParagraphs() {
        String html = "<html><body><table><tr><td class=\"menu\"><a href=\"/\">Trang chủ</a><br><a href=\"/tin\">Tin tức</a></td>"
                + "<td><div class=\"noidung\">Ngày 25/11, tại thành phố Huế, Hội nghị xúc tiến đầu tư năm 2025 đã thu hút hơn 300 doanh nghiệp tham dự."
                + "<br><br>Tổng vốn đăng ký của các dự án được trao chứng nhận đầu tư đạt khoảng 45.000 tỷ đồng, tập trung vào du lịch, "
                + "công nghiệp chế biến và hạ tầng.<br><br><b>Phương Thảo</b></div></td></tr></table></body></html>";
        assertEquals(paragraphs(
                "Ngày 25/11, tại thành phố Huế, Hội nghị xúc tiến đầu tư năm 2025 đã thu hút hơn 300 doanh nghiệp tham dự.",
                "Tổng vốn đăng ký của các dự án được trao chứng nhận đầu tư đạt khoảng 45.000 tỷ đồng, tập trung vào du lịch, công nghiệp chế biến và hạ tầng.",
                "Phương Thảo"), extractor.extract(html, URI.create("https://a.example/x")).text(),
                "text separated by <br><br> in one container gives one paragraph per block, inline bold kept in line");
    }

    @Test
    void inlineMarkupStaysInItsParagraphWithSpacesPreserved() {
        String html = "<html><body><article>"
                + "<p>Đoạn có <strong>chữ đậm</strong>, <em>chữ nghiêng</em> và <a href=\"/x\">một liên kết</a> nằm giữa câu văn dài.</p>"
                + "<p>Đoạn\n   thứ   hai   có\tnhiều   khoảng trắng,   xuống dòng, và cả ký tự&nbsp;cách không ngắt.</p>"
                + "</article></body></html>";
        assertEquals(paragraphs("Đoạn có chữ đậm, chữ nghiêng và một liên kết nằm giữa câu văn dài.",
                        "Đoạn thứ hai có nhiều khoảng trắng, xuống dòng, và cả ký tự cách không ngắt."),
                extractor.extract(html, URI.create("https://a.example/x")).text(), "whitespace runs, and no-break spaces, become one space");
    }

    @Test
    void linkListsWithoutTelltaleClassesStayOut() {
        String html = "<html><body><div class=\"detail\">"
                + "<p>Sáng 25/11, Sở Y tế tỉnh Đắk Lắk cho biết đã ghi nhận thêm 120 ca sốt xuất huyết trong tuần, tăng 15% so với tuần trước.</p>"
                + "<p><a href=\"/a\">Đắk Lắk: số ca sốt xuất huyết tăng mạnh</a></p>"
                + "<p>Xem thêm: <a href=\"/b\">Cách phòng chống sốt xuất huyết mùa mưa cho cả gia đình</a></p>"
                + "<p>Ngành y tế khuyến cáo người dân diệt lăng quăng, ngủ màn và đến cơ sở y tế ngay khi có dấu hiệu sốt cao.</p>"
                + "</div><div class=\"box-category\"><ul><li><a href=\"/c\">Giá cà phê hôm nay tăng mạnh trở lại</a></li>"
                + "<li><a href=\"/d\">Gia Lai khởi công tuyến cao tốc mới nối với Quy Nhơn</a></li></ul></div></body></html>";
        assertEquals(paragraphs(
                "Sáng 25/11, Sở Y tế tỉnh Đắk Lắk cho biết đã ghi nhận thêm 120 ca sốt xuất huyết trong tuần, tăng 15% so với tuần trước.",
                "Ngành y tế khuyến cáo người dân diệt lăng quăng, ngủ màn và đến cơ sở y tế ngay khi có dấu hiệu sốt cao."),
                extractor.extract(html, URI.create("https://a.example/x")).text(), "paragraphs that are mostly links are navigation");
    }

    @Test
    void longCommentsDoNotOutweighAShortArticle() {
        StringBuilder comments = new StringBuilder("<div id=\"comments\" class=\"comments-area\">");
        for (int i = 0; i < 30; i++) {
            comments.append("<div class=\"comment-body\"><p>Bình luận số ").append(i)
                    .append(": tôi hoàn toàn đồng ý, cảm ơn báo, mong chính quyền sớm vào cuộc, xử lý nghiêm, công khai kết quả.</p></div>");
        }
        comments.append("</div>");
        String html = "<html><body><article><h1>Tin ngắn</h1><p>Sáng nay, cầu Rồng tạm dừng phun lửa để bảo trì định kỳ, dự kiến hoạt động lại vào cuối tuần.</p></article>"
                + comments + "</body></html>";
        assertEquals("Sáng nay, cầu Rồng tạm dừng phun lửa để bảo trì định kỳ, dự kiến hoạt động lại vào cuối tuần.",
                extractor.extract(html, URI.create("https://a.example/x")).text());
    }

    // ---- pages with no article ----

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "   ",
            "<html></html>",
            "<html><head><title>404</title></head><body><h1>404 Not Found</h1><p>Trang không tồn tại.</p></body></html>",
            "<html><body><form action=\"/login\"><label>Email</label><input name=\"e\"><label>Mật khẩu</label><input type=\"password\"><button>Đăng nhập</button></form></body></html>",
            "<html><body><nav><ul><li><a href=\"/a\">Thời sự</a></li><li><a href=\"/b\">Kinh tế</a></li></ul></nav><footer><p>Bản quyền thuộc về Báo Thử. Giấy phép số 123/GP-BTTTT cấp ngày 1/1/2020.</p></footer></body></html>",
            "<html><body><div class=\"gallery\"><img src=\"/1.jpg\"><img src=\"/2.jpg\"></div></body></html>",
            "<html><body><script>document.write('Nội dung được tải bằng JavaScript, rất dài, có nhiều dấu phẩy, dấu chấm, và vô số chữ.');</script></body></html>",
            "Just some plain text, not HTML",
            "<<<>>><!---->&&&;;; <p",
    })
    void pageWithoutAnArticleYieldsEmptyTextNotAnException(String html) {
        ExtractedArticle a = assertDoesNotThrow(() -> extractor.extract(html, URI.create("https://a.example/x?utm_source=y")));
        assertEquals("", a.text(), "no article, no text");
        assertEquals(URI.create("https://a.example/x"), a.canonicalUrl(), "without a declared canonical: the fetched URL, canonicalized");
    }

    @Test
    void garbageBytesDoNotThrow() {
        byte[] garbage = new byte[8192];
        new Random(7).nextBytes(garbage);
        assertDoesNotThrow(() -> extractor.extract(garbage, "text/html", URI.create("https://a.example/x")));
        assertDoesNotThrow(() -> extractor.extract(new byte[0], null, URI.create("https://a.example/x")));
    }

    @Test
    void deeplyNestedPageDoesNotOverflowTheStack() {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(50_000)).append("<p>Đoạn văn nằm rất sâu trong cây DOM, nhưng vẫn là nội dung của bài báo.</p>")
                .append("</div>".repeat(50_000)).append("</body></html>");
        ExtractedArticle a = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> extractor.extract(html.toString(), URI.create("https://a.example/x")));
        assertEquals("Đoạn văn nằm rất sâu trong cây DOM, nhưng vẫn là nội dung của bài báo.", a.text());
    }

    // ---- encodings and Unicode normalization ----

    private static final String VI_TITLE = "Lũ dâng cao ở Huế, nhiều tuyến đường ngập sâu";
    private static final String VI_P1 = "Sáng 25/11, mực nước sông Hương tại trạm Kim Long lên mức 4,2 mét, vượt báo động ba, khiến nhiều khu dân cư bị ngập.";
    private static final String VI_P2 = "Người dân phường Phú Hội đã kê cao đồ đạc, di chuyển xe máy lên các điểm cao để tránh lũ, theo ông Trần Đức Lộc.";

    private static String viPage(String charsetMeta, String title, String p1, String p2, String author) {
        return "<!DOCTYPE html><html lang=\"vi\"><head>" + charsetMeta + "<title>" + title + "</title>"
                + "<meta name=\"author\" content=\"" + author + "\"></head><body><article><h1>" + title + "</h1><p>" + p1 + "</p><p>" + p2
                + "</p></article></body></html>";
    }

    @Test
    void decomposedVietnameseComesOutComposed() {
        String html = viPage("<meta charset=\"utf-8\">", nfd(VI_TITLE), nfd(VI_P1), nfd(VI_P2), nfd("Đặng Thị Thuỳ"));
        assertNotEquals(html, Normalizer.normalize(html, Normalizer.Form.NFC), "the test page really is decomposed");
        ExtractedArticle a = extractor.extract(html, URI.create("https://a.example/x"));
        assertEquals(VI_TITLE, a.title());
        assertEquals(paragraphs(VI_P1, VI_P2), a.text());
        assertEquals("Đặng Thị Thuỳ", a.author());
        assertTrue(isNfc(a.title()) && isNfc(a.text()) && isNfc(a.author()), "all NFC");
    }

    /**
     * Windows-1258 has no code points for most precomposed Vietnamese letters: it spells them as a
     * base letter (possibly with circumflex, breve or horn) followed by a combining tone mark.
     */
    private static byte[] windows1258(String text) {
        StringBuilder spelled = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String decomposed = Normalizer.normalize(String.valueOf(text.charAt(i)), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            for (char c : decomposed.toCharArray()) {
                (c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323' ? tone : base).append(c);
            }
            spelled.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        try {
            ByteBuffer bytes = Charset.forName("windows-1258").newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(spelled));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new AssertionError("not encodable in windows-1258: " + text, e);
        }
    }

    @Test
    void windows1258PageDeclaredInTheHeaderComesOutComposed() throws IOException {
        byte[] bytes = windows1258(viPage("", VI_TITLE, VI_P1, VI_P2, "Đặng Thị Thuỳ"));
        ExtractedArticle a = extractor.extract(bytes, "text/html; charset=windows-1258", URI.create("https://a.example/x"));
        assertEquals(VI_TITLE, a.title());
        assertEquals(paragraphs(VI_P1, VI_P2), a.text());
        assertEquals("Đặng Thị Thuỳ", a.author());
    }

    @Test
    void windows1258PageDeclaredInAMetaTagComesOutComposed() throws IOException {
        byte[] bytes = windows1258(viPage("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">",
                VI_TITLE, VI_P1, VI_P2, "Đặng Thị Thuỳ"));
        ExtractedArticle a = extractor.extract(bytes, "text/html", URI.create("https://a.example/x"));
        assertEquals(paragraphs(VI_P1, VI_P2), a.text());
        a = extractor.extract(bytes, "text/html; charset=no-such-charset", URI.create("https://a.example/x"));
        assertEquals(paragraphs(VI_P1, VI_P2), a.text(), "an unknown charset in the header falls back to the page's own declaration");
    }

    @Test
    void headerCharsetWinsOverAWrongMetaCharset() throws IOException {
        byte[] bytes = viPage("<meta charset=\"iso-8859-1\">", VI_TITLE, VI_P1, VI_P2, "x").getBytes(StandardCharsets.UTF_8);
        ExtractedArticle a = extractor.extract(bytes, "text/html; charset=UTF-8", URI.create("https://a.example/x"));
        assertEquals(VI_TITLE, a.title());
        assertEquals(paragraphs(VI_P1, VI_P2), a.text());
    }

    @Test
    void utf8ByteOrderMarkWinsOverAWrongMetaCharset() throws IOException {
        byte[] page = viPage("<meta charset=\"windows-1252\">", VI_TITLE, VI_P1, VI_P2, "x").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[page.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(page, 0, bytes, 3, page.length);
        assertEquals(paragraphs(VI_P1, VI_P2), extractor.extract(bytes, null, URI.create("https://a.example/x")).text());
    }

    // ---- metadata: language, author, canonical, image ----

    private ExtractedArticle withHead(String htmlAttributes, String head) {
        return extractor.extract("<!DOCTYPE html><html" + htmlAttributes + "><head>" + head + "</head><body>" + BODY + "</body></html>",
                URI.create("https://tin.example/thoi-su/sat-lo.html"));
    }

    @Test
    void languageFromTheDeclarations() {
        assertEquals("vi", withHead(" lang=\"vi-VN\"", "").language(), "region dropped");
        assertEquals("vi", withHead(" lang=\"VI\"", "").language(), "lower case");
        assertEquals("vi", withHead("", "<meta property=\"og:locale\" content=\"vi_VN\">").language(), "og:locale without html lang");
        assertEquals("vi", withHead("", "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">"
                + "<meta http-equiv=\"content-language\" content=\"vi\">").language(), "http-equiv content-language");
        assertEquals("fr", withHead(" lang=\"\"", "<meta name=\"content-language\" content=\"fr\">").language(), "empty lang attribute is no declaration");
        assertNull(withHead("", "").language(), "no declaration: null, not a guess");
        assertNull(withHead(" lang=\"x\"", "").language(), "not a language code");
    }

    @Test
    void undeclaredLanguageMeansUtcForLocalTimes() {
        assertEquals(Instant.parse("2025-11-25T14:30:00Z"),
                withHead("", "<meta property=\"article:published_time\" content=\"2025-11-25T14:30:00\">").published());
        assertEquals(Instant.parse("2025-11-25T07:30:00Z"),
                withHead("", "<meta property=\"og:locale\" content=\"vi_VN\"><meta property=\"article:published_time\" content=\"2025-11-25T14:30:00\">")
                        .published(), "a page that declares Vietnamese only through og:locale is still read in Vietnam's zone");
    }

    @Test
    void authorFromTheDeclarations() {
        assertEquals("Lê Văn A", withHead("", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":\"Lê Văn A\"}</script>"
                + "<meta name=\"author\" content=\"Ban biên tập\">").author(), "JSON-LD author as a string");
        assertEquals("Ban biên tập", withHead("", "<meta name=\"author\" content=\"Ban biên tập\">").author());
        assertEquals("Phạm Hà", withHead("", "<meta property=\"article:author\" content=\"https://facebook.com/baothu\">"
                + "<meta name=\"dc.creator\" content=\"Phạm Hà\">").author(), "an article:author URL is no name");
        assertNull(withHead("", "").author(), "no byline");
    }

    @Test
    void canonicalFromTheDeclarations() {
        assertEquals(URI.create("https://tin.example/thoi-su/sat-lo-622.html"),
                withHead("", "<link rel=\"canonical\" href=\"/thoi-su/sat-lo-622.html?utm_source=x\">").canonicalUrl(),
                "relative canonical resolved and canonicalized");
        assertEquals(URI.create("https://tin.example/a.html"), withHead("", "<link rel=\"canonical\" href=\"https://tin.example/a.html\">"
                + "<meta property=\"og:url\" content=\"https://tin.example/b.html\">").canonicalUrl(), "rel=canonical over og:url");
        assertEquals(URI.create("https://tin.example/thoi-su/sat-lo.html"), withHead("", "<link rel=\"canonical\" href=\"javascript:void(0)\">")
                .canonicalUrl(), "an unusable canonical falls back to the fetched URL");
    }

    @Test
    void canonicalOnAnotherSiteIsReportedButNotChosen() {
        URI fetched = URI.create("https://tin.example/thoi-su/sat-lo.html");
        ExtractedArticle a = withHead("", "<link rel=\"canonical\" href=\"https://vnexpress.example/thoi-su/sat-lo.html\">");
        assertEquals(URI.create("https://vnexpress.example/thoi-su/sat-lo.html"), a.canonicalUrl(), "the extractor reports what the page says");
        assertEquals(fetched, CanonicalUrls.choose(fetched, a.canonicalUrl()), "and CanonicalUrls refuses it");
    }

    @Test
    void imageFromTheDeclarations() {
        assertEquals(URI.create("https://cdn.example/a.jpg"), withHead("", "<meta property=\"og:image\" content=\"https://cdn.example/a.jpg\">"
                + "<meta name=\"twitter:image\" content=\"https://cdn.example/b.jpg\">").imageUrl());
        assertEquals(URI.create("https://cdn.example/b.jpg"), withHead("", "<meta name=\"twitter:image\" content=\"https://cdn.example/b.jpg\">").imageUrl());
        assertEquals(URI.create("https://cdn.example/c.jpg"),
                withHead("", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"image\":[\"https://cdn.example/c.jpg\"]}</script>").imageUrl());
        assertNull(withHead("", "").imageUrl());
    }

    @Test
    void textIsFreeOfTheSurroundingChrome() throws IOException {
        // Every boilerplate string of the two realistic pages, checked one by one for a clear failure message.
        String vn = extractor.extract(resource("vn-portal.html"), VN_FETCHED).text();
        for (String chrome : List.of("Đồng ý", "cookie", "Đăng nhập", "Vay tiêu dùng", "Trang chủ", "Tin liên quan", "Gia Lai sơ tán hàng nghìn",
                "Ảnh: Trần Minh", "Quảng cáo", "Căn hộ ven sông", "Trần Minh - Lê Hoa", "Chia sẻ", "Facebook", "Ý kiến bạn đọc",
                "Bài viết rất hay", "Xem thêm", "Giá lúa", "Đọc nhiều", "Khóa học", "Bản quyền", "comments.js", "_adsq", "Thứ Ba")) {
            assertFalse(vn.contains(chrome), "'" + chrome + "' leaked into the Vietnamese article");
        }
        String en = extractor.extract(resource("en-international.html"), URI.create("https://www.straitsherald.example/x")).text();
        for (String chrome : List.of("cookies", "Accept all", "Business", "Asia\n", "Jane Lim", "8:05", "Share on X", "Copy link",
                "Fishermen rescued", "Read more", "morning briefing", "Advertisement", "Luxury river", "Copyright", "Related stories",
                "Ferry services", "Thanks for this", "Comments", "Trending", "Typhoon", "not json")) {
            assertFalse(en.contains(chrome), "'" + chrome + "' leaked into the English article");
        }
    }
}
