package org.presswatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedEncodingTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8ByteOrderMarkIsDecisiveAndDropped() {
        byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes("<rss>Bão</rss>", StandardCharsets.UTF_8));
        FeedEncoding.Decoded d = FeedEncoding.decode(body, "text/xml; charset=iso-8859-1");
        assertEquals(StandardCharsets.UTF_8, d.charset(), "a BOM wins over the header");
        assertEquals("<rss>Bão</rss>", d.text());
    }

    @Test
    void utf16WithAndWithoutByteOrderMark() {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss>Đà Nẵng</rss>";
        FeedEncoding.Decoded le = FeedEncoding.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes(xml, StandardCharsets.UTF_16LE)), null);
        assertEquals(StandardCharsets.UTF_16LE, le.charset());
        assertEquals(xml, le.text());
        FeedEncoding.Decoded be = FeedEncoding.decode(bytes(xml, StandardCharsets.UTF_16BE), "application/xml");
        assertEquals(StandardCharsets.UTF_16BE, be.charset(), "recognised from the layout of '<?'");
        assertEquals(xml, be.text());
        FeedEncoding.Decoded utf32 = FeedEncoding.decode(bytes(xml, Charset.forName("UTF-32LE")), null);
        assertEquals(Charset.forName("UTF-32LE"), utf32.charset());
    }

    @Test
    void headerCharsetWinsOverTheDeclaration() {
        byte[] body = bytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss>Café – 5 €</rss>", WINDOWS_1252);
        FeedEncoding.Decoded d = FeedEncoding.decode(body, "application/rss+xml; charset=\"windows-1252\"");
        assertEquals(WINDOWS_1252, d.charset());
        assertEquals("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss>Café – 5 €</rss>", d.text());
    }

    @Test
    void aHeaderCharsetTheBytesContradictFallsThroughToTheDeclaration() {
        byte[] body = bytes("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss>Café</rss>", StandardCharsets.ISO_8859_1);
        FeedEncoding.Decoded d = FeedEncoding.decode(body, "application/xml; charset=us-ascii");
        assertEquals(StandardCharsets.ISO_8859_1, d.charset());
        assertEquals("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss>Café</rss>", d.text());
    }

    @Test
    void textXmlWithoutCharsetIsUsAsciiWhenTheBytesAreAscii() {
        byte[] ascii = bytes("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss>plain</rss>", StandardCharsets.US_ASCII);
        assertEquals(StandardCharsets.US_ASCII, FeedEncoding.decode(ascii, "text/xml").charset(), "RFC 3023");
        assertEquals(StandardCharsets.US_ASCII, FeedEncoding.decode(ascii, "text/rss+xml").charset());
        assertEquals(StandardCharsets.ISO_8859_1, FeedEncoding.decode(ascii, "application/xml").charset(), "not for application/*");
        byte[] utf8 = bytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss>Huế</rss>", StandardCharsets.UTF_8);
        FeedEncoding.Decoded d = FeedEncoding.decode(utf8, "text/xml");
        assertEquals(StandardCharsets.UTF_8, d.charset(), "a body that is not ASCII falls through to its declaration");
        assertEquals("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss>Huế</rss>", d.text());
    }

    @Test
    void withoutAnyLabelUtf8ElseWindows1252() {
        assertEquals(StandardCharsets.UTF_8, FeedEncoding.decode(bytes("<rss>Hà Nội</rss>", StandardCharsets.UTF_8), null).charset());
        FeedEncoding.Decoded d = FeedEncoding.decode(bytes("<rss>Crème “brûlée”</rss>", WINDOWS_1252), null);
        assertEquals(WINDOWS_1252, d.charset(), "bytes that are not UTF-8");
        assertEquals("<rss>Crème “brûlée”</rss>", d.text());
    }

    @ParameterizedTest
    @CsvSource({
            "gb2312, GB18030",
            "GBK, GB18030",
            "bogus, UTF-8",
            "utf-16, UTF-8",
            "ISO-8859-1, ISO-8859-1",
            "euc-kr, EUC-KR",
    })
    void declaredLabels(String label, String expected) {
        byte[] body = bytes("<?xml version='1.0' encoding='" + label + "'?><rss>x</rss>", StandardCharsets.US_ASCII);
        assertEquals(Charset.forName(expected), FeedEncoding.decode(body, null).charset(), label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/xml;charset= \"us-ascii\"|US-ASCII",
            "application/xml;charset = 'iso-8859-1'|ISO-8859-1",
            "application/rss+xml; qs=0.9; CHARSET=utf-8|UTF-8",
            "text/xml; charset:iso-8859-1|US-ASCII",
            "application/atom+xml;charset='gb2312'|GB18030",
    })
    void contentTypeCharsetParameter(String contentType, String expected) {
        byte[] body = bytes("<feed>x</feed>", StandardCharsets.US_ASCII);
        assertEquals(Charset.forName(expected), FeedEncoding.decode(body, contentType).charset(), contentType);
    }
}
