package org.presswatch.ingest.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {

    private static String canon(String url) {
        Optional<URI> result = UrlCanonicalizer.canonicalize(url);
        assertTrue(result.isPresent(), "expected a canonical form for '" + url + "'");
        return result.get().toString();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            HTTP://VnExpress.NET/thoi-su/abc.html                    | http://vnexpress.net/thoi-su/abc.html
            HtTpS://WWW.Example.VN/a                                 | https://www.example.vn/a
            http://example.vn:80/a                                   | http://example.vn/a
            https://example.vn:443/a                                 | https://example.vn/a
            http://example.vn:443/a                                  | http://example.vn:443/a
            https://example.vn:80/a                                  | https://example.vn:80/a
            http://example.vn:8080/a                                 | http://example.vn:8080/a
            http://example.vn                                        | http://example.vn/
            https://example.vn:443                                   | https://example.vn/
            http://example.vn?id=1                                   | http://example.vn/?id=1
            http://example.vn/a#binh-luan                            | http://example.vn/a
            http://example.vn/a?id=3#!/slide/2                       | http://example.vn/a?id=3
            http://example.vn./a                                     | http://example.vn/a
            http://example.vn/Tin-Tuc/Bai-Viet-ABC.html              | http://example.vn/Tin-Tuc/Bai-Viet-ABC.html
            http://example.vn/t%C3%ADn-t%E1%BB%A9c                   | http://example.vn/t%C3%ADn-t%E1%BB%A9c
            http://example.vn/a/                                     | http://example.vn/a/
            '  http://example.vn/a  '                                | http://example.vn/a
            http://[::1]:8080/feed                                   | http://[::1]:8080/feed
            http://XN--BO-MIA.VN/tin                                 | http://xn--bo-mia.vn/tin
            http://user:secret@example.vn/a                          | http://example.vn/a
            """)
    void normalizesSchemeHostPortPathAndFragment(String input, String expected) {
        assertEquals(expected, canon(input));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            http://e.vn/a?utm_source=fb&utm_medium=social&utm_campaign=x       | http://e.vn/a
            http://e.vn/a?id=42&utm_source=zalo                                | http://e.vn/a?id=42
            http://e.vn/a?utm_source=zalo&id=42                                | http://e.vn/a?id=42
            http://e.vn/a?page=2&fbclid=IwAR0abc&sort=new                      | http://e.vn/a?page=2&sort=new
            http://e.vn/a?gclid=x&dclid=y&msclkid=z&yclid=w                    | http://e.vn/a
            http://e.vn/a?UTM_Source=x&Fbclid=y&id=1                           | http://e.vn/a?id=1
            http://e.vn/a?mc_cid=1&mc_eid=2&_ga=3&_gl=4&igshid=5&zarsrc=6      | http://e.vn/a
            http://e.vn/a?zalo_source=1&ref_src=twsrc&ocid=3&cmpid=4&q=bao     | http://e.vn/a?q=bao
            http://e.vn/a?id=1&&utm_term=&&b=2                                 | http://e.vn/a?id=1&b=2
            http://e.vn/a?utm=1&utmx=2&reference=3                             | http://e.vn/a?utm=1&utmx=2&reference=3
            http://e.vn/a?q=a%26utm_source%3Dx                                 | http://e.vn/a?q=a%26utm_source%3Dx
            http://e.vn/a?b=2&a=1                                              | http://e.vn/a?b=2&a=1
            http://e.vn/a?                                                     | http://e.vn/a
            http://e.vn/a?utm_source                                           | http://e.vn/a
            http://e.vn/a?fbclid                                               | http://e.vn/a
            """)
    void dropsTrackingParametersAndKeepsTheOthersInOrder(String input, String expected) {
        assertEquals(expected, canon(input));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "not a url", "example.vn/a", "/thoi-su/a.html", "//example.vn/a", "ftp://example.vn/a.xml",
            "mailto:toasoan@example.vn", "javascript:alert(1)", "file:///etc/passwd", "data:text/html,<p>x</p>", "http://",
            "http:example.vn", "http://exa mple.vn/a", "http://example.vn/a b", "http://[::1/a", "ht tp://example.vn/",
            "urn:isbn:0451450523", "about:blank"})
    void rejectsWhatIsNotAnAbsoluteHttpUrl(String input) {
        assertEquals(Optional.empty(), UrlCanonicalizer.canonicalize(input), "'" + input + "' is not an absolute http(s) URL");
    }

    @Test
    void uriOverloadAgreesWithStringOverload() {
        for (String s : List.of("HTTP://E.VN:80/a?utm_source=x&id=1#f", "https://e.vn:443", "http://e.vn/a?b")) {
            assertEquals(UrlCanonicalizer.canonicalize(s), UrlCanonicalizer.canonicalize(URI.create(s)), s);
        }
        assertEquals(Optional.empty(), UrlCanonicalizer.canonicalize(URI.create("/relative/path")), "relative URI");
        assertEquals(Optional.empty(), UrlCanonicalizer.canonicalize(URI.create("mailto:a@e.vn")), "opaque URI");
    }

    @Test
    void unicodeHostIsConvertedToPunycode() {
        assertEquals("http://xn--bo-mia.vn/tin", canon("http://báo.vn/tin"));
    }

    @Test
    void isIdempotent() {
        for (String s : List.of("HTTP://E.VN:80/a?utm_source=x&id=1#f", "https://E.vn./x/y/?b=1&a=2&gclid=3", "http://[::1]:81",
                "http://e.vn/t%C3%ADn?q=%C4%91", "http://e.vn/a?&&")) {
            URI once = UrlCanonicalizer.canonicalize(s).orElseThrow();
            assertEquals(once, UrlCanonicalizer.canonicalize(once).orElseThrow(), "canonicalizing twice changes nothing: " + s);
            assertEquals(once, UrlCanonicalizer.canonicalize(once.toString()).orElseThrow(), "string round trip: " + s);
        }
    }

    @Test
    void variantsOfOneArticleBecomeOneUrl() {
        List<String> variants = List.of(
                "https://baomoi.example/tin/bao-so-13.html",
                "HTTPS://BaoMoi.Example:443/tin/bao-so-13.html",
                "https://baomoi.example/tin/bao-so-13.html#comments",
                "https://baomoi.example/tin/bao-so-13.html?utm_source=facebook&utm_medium=social",
                "https://baomoi.example/tin/bao-so-13.html?fbclid=IwAR3x",
                "  https://baomoi.example./tin/bao-so-13.html?zarsrc=30&utm_campaign=sang#top ");
        for (String v : variants) {
            assertEquals("https://baomoi.example/tin/bao-so-13.html", canon(v), "variant " + v);
        }
    }

    @Test
    void differentArticlesStayDifferent() {
        assertTrue(!canon("http://e.vn/a?id=1").equals(canon("http://e.vn/a?id=2")), "a real parameter distinguishes articles");
        assertTrue(!canon("http://e.vn/a").equals(canon("https://e.vn/a")), "scheme is kept");
        assertTrue(!canon("http://e.vn/A").equals(canon("http://e.vn/a")), "path case is kept: servers may be case sensitive");
        assertTrue(!canon("http://e.vn/a").equals(canon("http://e.vn:8080/a")), "non-default port is kept");
    }
}
