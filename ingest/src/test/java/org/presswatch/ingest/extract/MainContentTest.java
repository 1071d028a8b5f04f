package org.presswatch.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The rules that find an article's body in the markup of real sites: wrappers whose class names
 * sound like furniture, labels that are not furniture, content that is hidden only until a
 * script shows it, and the hints a page gives about itself.
 */
class MainContentTest {
    private static final String P1 = "Sáng 25/11, mực nước sông Hương tại trạm Kim Long lên mức 4,2 mét, vượt báo động ba, khiến nhiều khu dân cư bị ngập.";
    private static final String P2 = "Người dân phường Phú Hội đã kê cao đồ đạc, di chuyển xe máy lên các điểm cao để tránh lũ, theo ông Trần Đức Lộc.";
    private static final String P3 = "Chính quyền thành phố đã mở các điểm sơ tán tại trường học và nhà văn hóa, chuẩn bị lương thực cho ba ngày.";
    private static final String LINKS = "<ul><li><a href=\"/a\">Giá vàng hôm nay tăng mạnh</a></li><li><a href=\"/b\">Thời tiết cuối tuần</a></li>"
            + "<li><a href=\"/c\">Tuyển sinh đại học năm 2026</a></li><li><a href=\"/d\">Lịch cắt điện ngày mai</a></li></ul>";
    private final ArticleExtractor extractor = new ArticleExtractor();

    private String text(String body) {
        return text("", body);
    }

    private String text(String head, String body) {
        return extractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>", URI.create("https://a.example/x")).text();
    }

    private static String paragraphs(String... ps) {
        return String.join("\n\n", ps);
    }

    @Test
    void layoutWrapperNamedLikeASidebarDoesNotHideTheArticle() {
        String page = "<div class=\"site-wrapper has-sidebar menu-open\"><div class=\"main-column\"><p>" + P1 + "</p><p>" + P2 + "</p></div>"
                + "<div class=\"sidebar\"><h3>Đọc nhiều</h3>" + LINKS + "</div></div>";
        assertEquals(paragraphs(P1, P2), text(page));
    }

    @Test
    void postLabelsInClassNamesAreNotFurniture() {
        String page = "<div class=\"post-412 post type-post tag-social-media category-related-news has-comments\"><p>" + P1 + "</p><p>" + P2
                + "</p></div><nav>" + LINKS + "</nav>";
        assertEquals(paragraphs(P1, P2), text(page), "tag-social-media, category-related-news and has-comments label the post");
    }

    @Test
    void layoutNamedParagraphsThatReadAsProseStay() {
        String page = "<article><p class=\"contextmenu Body\">" + P1 + "</p><p class=\"contextmenu Body\">" + P2 + "</p></article>"
                + "<div class=\"widget-area\">" + LINKS + "</div>";
        assertEquals(paragraphs(P1, P2), text(page), "'contextmenu' is a layout word, but the paragraphs are prose");
    }

    @Test
    void namedArticleBodyWinsOverProseAroundIt() {
        String page = "<div class=\"page\"><div class=\"main\"><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p></div></div>"
                + "<div class=\"reader-letters\"><p>" + P3 + "</p><p>" + P3.replace("ba ngày", "năm ngày") + "</p></div></div>";
        assertEquals(paragraphs(P1, P2), text(page), "the markup names the body; the unnamed block of prose beside it is not part of it");
    }

    @Test
    void anArticleElementKeepsItsStandfirstOutsideTheNamedBody() {
        String page = "<article><header><h1>Lũ ở Huế</h1><p class=\"standfirst\">" + P1 + "</p></header>"
                + "<div class=\"article-body\"><p>" + P2 + "</p><p>" + P3 + "</p></div></article>";
        assertEquals(paragraphs(P1, P2, P3), text(page));
    }

    @Test
    void collapsedSectionsAreText() {
        String page = "<article><p>" + P1 + "</p><div class=\"accordion\"><button>Chi tiết</button><div style=\"display:none\"><p>" + P2
                + "</p></div></div></article>";
        assertEquals(paragraphs(P1, P2), text(page), "an accordion's content is part of the article, though a script shows it");
    }

    @Test
    void contentStreamedIntoAHiddenBoundaryIsText() {
        String page = "<div id=\"root\"><template id=\"B:0\"></template></div><div hidden id=\"S:0\"><article><p>" + P1 + "</p><p>" + P2
                + "</p></article></div><div hidden><p>" + P3 + "</p></div>";
        assertEquals(paragraphs(P1, P2), text(page), "React's streamed parts are shown by a script; other hidden elements are not");
    }

    @Test
    void formLabelsAndSignUpFormsStayOut() {
        String page = "<article><p>" + P1 + "</p><p>" + P2 + "</p><form class=\"contact\"><label>Họ và tên</label><input name=\"n\">"
                + "<label>Số điện thoại của bạn để chúng tôi liên hệ lại trong ngày</label><input name=\"p\"></form></article>";
        assertEquals(paragraphs(P1, P2), text(page));
    }

    @Test
    void authorBoxDeclaredInMicrodataStaysOut() {
        String page = "<article><p>" + P1 + "</p><p>" + P2 + "</p><div itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\">"
                + "<p>Trần Minh là phóng viên thường trú tại Huế, chuyên viết về thiên tai, môi trường và đời sống người dân miền Trung.</p></div></article>";
        assertEquals(paragraphs(P1, P2), text(page));
    }

    @Test
    void headlineRepeatedWithoutTheSiteNameIsDropped() {
        String head = "<title>Lũ dâng cao ở Huế - Báo Miền Trung</title>";
        String page = "<article><p class=\"kicker\">Thời sự</p><h1>Lũ dâng cao ở Huế</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>";
        assertEquals(paragraphs(P1, P2), text(head, page));
    }

    @Test
    void statedArticleBodyPicksTheContainerThatAgreesWithIt() {
        String p4 = "Ngành điện lực cho biết đã cắt điện tạm thời ở các khu vực ngập sâu để bảo đảm an toàn cho người dân và sẽ cấp lại khi nước rút.";
        String teasers = "<div class=\"more\"><p>Quảng Trị: nước sông Thạch Hãn lên nhanh, hàng trăm hộ dân ở vùng trũng được di dời đến nơi an toàn.</p>"
                + "<p>Đà Nẵng: nhiều tuyến phố ngập sâu sau trận mưa lớn kéo dài suốt đêm qua, giao thông ùn tắc ở nhiều nút giao.</p></div>";
        String page = "<div class=\"wrap\"><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + p4 + "</p></div>"
                + teasers + "</div>";
        String stated = String.join(" ", P1, P2, P3, p4);
        String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"" + stated + "\"}</script>";
        assertTrue(text(page).contains("Quảng Trị"), "without the hint, unnamed prose beside the story counts as part of it");
        assertEquals(paragraphs(P1, P2, P3, p4), text(head, page), "the page's own statement of its body settles it");
    }

    @Test
    void scoringNeverChangesThePage() {
        String html = "<html><body><div class=\"sidebar\">" + LINKS + "</div><article><p>" + P1 + "</p></article></body></html>";
        var doc = Jsoup.parse(html);
        String before = doc.outerHtml();
        MainContent.paragraphs(doc.body(), null);
        assertEquals(before, doc.outerHtml());
        assertFalse(before.isEmpty());
    }
}
