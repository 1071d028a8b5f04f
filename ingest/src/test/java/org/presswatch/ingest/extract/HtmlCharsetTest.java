package org.presswatch.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * The charset of a page's bytes, in the precedence browsers use: byte order mark, HTTP header,
 * the page's own declaration, detection. Each case is checked on the decision and, where it
 * matters to users, on the extracted text.
 */
class HtmlCharsetTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final String VI_TITLE = "Lũ dâng cao ở Huế, nhiều tuyến đường ngập sâu";
    private static final String VI_P1 = "Sáng 25/11, mực nước sông Hương tại trạm Kim Long lên mức 4,2 mét, vượt báo động ba, khiến nhiều khu dân cư bị ngập.";
    private static final String VI_P2 = "Người dân phường Phú Hội đã kê cao đồ đạc, di chuyển xe máy lên các điểm cao để tránh lũ, theo ông Trần Đức Lộc.";
    private final ArticleExtractor extractor = new ArticleExtractor();

    private static String page(String head, String title, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>");
        }
        return "<!DOCTYPE html><html><head>" + head + "<title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
                + body + "</article></body></html>";
    }

    private static String viPage(String head) {
        return page(head, VI_TITLE, VI_P1, VI_P2);
    }

    /** Vietnamese as windows-1258 spells it: a base letter, then a combining tone mark for most syllables. */
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
            ByteBuffer bytes = WINDOWS_1258.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(spelled));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new AssertionError("not encodable in windows-1258: " + text, e);
        }
    }

    private static byte[] withPrefix(int[] prefix, byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b : prefix) {
            out.write(b);
        }
        out.writeBytes(bytes);
        return out.toByteArray();
    }

    private static String expectedVietnamese() {
        return VI_P1 + "\n\n" + VI_P2;
    }

    // ---- 1. byte order mark ----

    @Test
    void utf8ByteOrderMarkWinsOverTheHeaderAndTheMetaTag() throws IOException {
        byte[] bytes = withPrefix(new int[] {0xEF, 0xBB, 0xBF}, viPage("<meta charset=\"windows-1252\">").getBytes(StandardCharsets.UTF_8));
        HtmlCharset.Decision d = HtmlCharset.of(bytes, "text/html; charset=windows-1252");
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(HtmlCharset.Source.BYTE_ORDER_MARK, d.source());
        assertEquals(3, d.skip(), "the mark itself is not text");
        assertEquals(expectedVietnamese(), extractor.extract(bytes, "text/html; charset=windows-1252", URI.create("https://a.example/x")).text());
    }

    @Test
    void utf16ByteOrderMarksAreRecognized() throws IOException {
        String html = viPage("");
        byte[] le = withPrefix(new int[] {0xFF, 0xFE}, html.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = withPrefix(new int[] {0xFE, 0xFF}, html.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(StandardCharsets.UTF_16LE, HtmlCharset.of(le, "text/html; charset=utf-8").charset());
        assertEquals(StandardCharsets.UTF_16BE, HtmlCharset.of(be, null).charset());
        assertEquals(expectedVietnamese(), extractor.extract(le, "text/html; charset=utf-8", URI.create("https://a.example/x")).text());
        assertEquals(expectedVietnamese(), extractor.extract(be, null, URI.create("https://a.example/x")).text());
    }

    // ---- 2. the HTTP header ----

    @Test
    void headerCharsetWinsOverTheMetaTag() throws IOException {
        byte[] bytes = windows1258(viPage("<meta charset=\"utf-8\">"));
        HtmlCharset.Decision d = HtmlCharset.of(bytes, "text/html; charset=windows-1258");
        assertEquals(WINDOWS_1258, d.charset());
        assertEquals(HtmlCharset.Source.HTTP_HEADER, d.source());
        ExtractedArticle a = extractor.extract(bytes, "text/html; charset=windows-1258", URI.create("https://a.example/x"));
        assertEquals(VI_TITLE, a.title());
        assertEquals(expectedVietnamese(), a.text());
        assertTrue(Normalizer.isNormalized(a.text(), Normalizer.Form.NFC), "windows-1258 decodes to combining marks; the text is composed");
    }

    @Test
    void aWesternLabelOnUtf8BytesIsOverruledLikeAWrongServerHeader() throws IOException {
        byte[] bytes = viPage("<meta charset=\"iso-8859-1\">").getBytes(StandardCharsets.UTF_8);
        HtmlCharset.Decision fromHeader = HtmlCharset.of(bytes, "text/html; charset=ISO-8859-1");
        assertEquals(StandardCharsets.UTF_8, fromHeader.charset(), "the wrong charset header route: the bytes are UTF-8");
        assertEquals(HtmlCharset.Source.CONTRADICTED, fromHeader.source());
        assertEquals(StandardCharsets.UTF_8, HtmlCharset.of(bytes, null).charset(), "a wrong meta tag is overruled too");
        assertEquals(expectedVietnamese(), extractor.extract(bytes, "text/html; charset=ISO-8859-1", URI.create("https://a.example/x")).text());
        byte[] latin = "<html><body><p>Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(HtmlCharset.Source.HTTP_HEADER, HtmlCharset.of(latin, "text/html; charset=ISO-8859-1").source(),
                "real Latin-1 is not valid UTF-8 and keeps its label");
    }

    @Test
    void headerParameterIsReadWhateverItsCaseQuotesAndPosition() {
        byte[] bytes = "<p>x</p>".getBytes(StandardCharsets.US_ASCII);
        assertEquals(WINDOWS_1258, HtmlCharset.of(bytes, "text/html; CHARSET=\"Windows-1258\"").charset());
        assertEquals(WINDOWS_1258, HtmlCharset.of(bytes, "text/html;foo=bar; charset='windows-1258'; q=1").charset());
    }

    @Test
    void unknownHeaderCharsetFallsBackToTheMetaTag() {
        byte[] bytes = windows1258(viPage("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">"));
        HtmlCharset.Decision d = HtmlCharset.of(bytes, "text/html; charset=no-such-charset");
        assertEquals(WINDOWS_1258, d.charset());
        assertEquals(HtmlCharset.Source.DOCUMENT, d.source());
    }

    @Test
    void latin1LabelsMeanWindows1252AsInBrowsers() {
        byte[] bytes = {'<', 'p', '>', (byte) 0x93, 'h', 'i', (byte) 0x94, '<', '/', 'p', '>'};
        HtmlCharset.Decision d = HtmlCharset.of(bytes, "text/html; charset=ISO-8859-1");
        assertEquals(WINDOWS_1252, d.charset());
        assertEquals("<p>\u201Chi\u201D</p>", d.decode(bytes), "0x93 and 0x94 are curly quotes, not C1 controls");
    }

    // ---- 3. the page's own declaration ----

    @Test
    void metaCharsetIsUsedWithoutAHeaderCharset() throws IOException {
        byte[] bytes = windows1258(viPage("<meta charset=\"windows-1258\">"));
        HtmlCharset.Decision d = HtmlCharset.of(bytes, "text/html");
        assertEquals(WINDOWS_1258, d.charset());
        assertEquals(HtmlCharset.Source.DOCUMENT, d.source());
        assertEquals(expectedVietnamese(), extractor.extract(bytes, "text/html", URI.create("https://a.example/x")).text());
    }

    @Test
    void httpEquivContentTypeIsUsedWithAnyQuotingAndCase() {
        byte[] single = windows1258(viPage("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=windows-1258'>"));
        byte[] bare = windows1258(viPage("<meta content=text/html;charset=windows-1258 http-equiv=Content-Type>"));
        assertEquals(WINDOWS_1258, HtmlCharset.of(single, null).charset());
        assertEquals(WINDOWS_1258, HtmlCharset.of(bare, null).charset());
    }

    @Test
    void xmlDeclarationIsThePagesDeclarationToo() {
        byte[] bytes = windows1258("<?xml version=\"1.0\" encoding=\"windows-1258\"?>" + viPage(""));
        assertEquals(WINDOWS_1258, HtmlCharset.of(bytes, null).charset());
    }

    @Test
    void declarationInACommentDoesNotCount() {
        byte[] bytes = viPage("<!-- <meta charset=\"windows-1252\"> --><meta charset=\"utf-8\">").getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, HtmlCharset.of(bytes, null).charset());
    }

    @Test
    void pageDeclaringUtf16WhileReadableAsAsciiIsUtf8() {
        byte[] bytes = viPage("<meta charset=\"utf-16\">").getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, HtmlCharset.of(bytes, null).charset());
    }

    @Test
    void unknownMetaCharsetFallsBackToDetection() {
        byte[] bytes = viPage("<meta charset=\"klingon-8\">").getBytes(StandardCharsets.UTF_8);
        HtmlCharset.Decision d = HtmlCharset.of(bytes, null);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(HtmlCharset.Source.DETECTED, d.source());
    }

    // ---- 4. detection ----

    @Test
    void undeclaredUtf8IsDetected() throws IOException {
        byte[] bytes = viPage("").getBytes(StandardCharsets.UTF_8);
        HtmlCharset.Decision d = HtmlCharset.of(bytes, "text/html");
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(HtmlCharset.Source.DETECTED, d.source());
        assertEquals(expectedVietnamese(), extractor.extract(bytes, null, URI.create("https://a.example/x")).text());
    }

    @Test
    void undeclaredWindows1258IsDetectedAndComesOutComposed() throws IOException {
        byte[] bytes = windows1258(viPage(""));
        assertEquals(WINDOWS_1258, HtmlCharset.of(bytes, null).charset());
        ExtractedArticle a = extractor.extract(bytes, null, URI.create("https://a.example/x"));
        assertEquals(VI_TITLE, a.title());
        assertEquals(expectedVietnamese(), a.text());
        assertTrue(Normalizer.isNormalized(a.text(), Normalizer.Form.NFC));
    }

    @Test
    void undeclaredWesternEuropeanTextIsWindows1252() {
        String french = page("", "Pêche en mer", "Les pêcheurs de Bretagne ont déjà commencé la saison, malgré une météo difficile et des quotas réduits.");
        String italian = page("", "Così è", "Però la città può già contare su più fondi: lunedì il comune ha approvato il bilancio, così si farà tutto.");
        String german = page("", "Über Grenzen", "Die Fischer müssen für größere Fänge weiter hinausfahren, sagte der Bürgermeister am Dienstag.");
        for (String text : new String[] {french, italian, german}) {
            byte[] bytes = text.getBytes(WINDOWS_1252);
            assertEquals(WINDOWS_1252, HtmlCharset.of(bytes, null).charset(), text);
            assertEquals(text, HtmlCharset.of(bytes, null).decode(bytes));
        }
    }

    @Test
    void utf8CheckRejectsMalformedAndOverlongSequences() {
        assertTrue(HtmlCharset.isUtf8("ascii only".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(HtmlCharset.isUtf8("Tiếng Việt, 中文, emoji \uD83D\uDE00".getBytes(StandardCharsets.UTF_8)));
        assertFalse(HtmlCharset.isUtf8(new byte[] {(byte) 0xC3}), "truncated sequence");
        assertFalse(HtmlCharset.isUtf8(new byte[] {(byte) 0xC0, (byte) 0xAF}), "overlong encoding of '/'");
        assertFalse(HtmlCharset.isUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "a surrogate");
        assertFalse(HtmlCharset.isUtf8("Pêche".getBytes(WINDOWS_1252)));
    }
}
