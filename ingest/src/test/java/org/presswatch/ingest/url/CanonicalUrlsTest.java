package org.presswatch.ingest.url;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalUrlsTest {

    private static URI choose(String fetched, String declared) {
        return CanonicalUrls.choose(URI.create(fetched), declared == null ? null : URI.create(declared));
    }

    @Test
    void withoutDeclaredCanonicalTheFetchedUrlIsCanonicalized() {
        assertEquals(URI.create("https://baomoi.example/tin/a.html"),
                choose("HTTPS://BaoMoi.example:443/tin/a.html?utm_source=fb#comments", null));
    }

    @Test
    void mobileSiteMayPointToItsDesktopSite() {
        assertEquals(URI.create("https://www.tuoitre.vn/bao-so-13.htm"),
                choose("https://m.tuoitre.vn/bao-so-13.htm", "https://www.tuoitre.vn/bao-so-13.htm"));
    }

    @Test
    void declaredCanonicalIsItselfCanonicalized() {
        assertEquals(URI.create("https://www.tuoitre.vn/bao-so-13.htm"),
                choose("https://m.tuoitre.vn/bao-so-13.htm", "HTTPS://WWW.TuoiTre.VN:443/bao-so-13.htm?utm_medium=amp#top"));
    }

    @ParameterizedTest(name = "{0} may not claim {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://tinbao.vn/a.html               | https://vnexpress.net/a.html
            https://m.baomoi.com.vn/a.html         | https://www.other.com.vn/a.html
            https://alice.blogspot.com/a.html      | https://bob.blogspot.com/a.html
            https://news.example.co.uk/a           | https://news.another.co.uk/a
            https://tinbao.vn/a.html               | https://tinbao.vn.evil.example/a.html
            https://tinbao.vn/a.html               | https://eviltinbao.vn/a.html
            http://127.0.0.1:8080/a                | http://127.0.0.2:8080/b
            """)
    void anotherSitesCanonicalIsRefused(String fetched, String declared) {
        assertEquals(URI.create(fetched), choose(fetched, declared),
                "a page must not be able to overwrite another site's article by declaring its URL");
    }

    @ParameterizedTest(name = "{0} may claim {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://m.baomoi.com.vn/a.html         | https://www.baomoi.com.vn/b.html
            http://amp.news.example.co.uk/a        | https://www.example.co.uk/a
            https://tinbao.vn/a.html?id=1          | https://TINBAO.VN/a.html
            http://127.0.0.1:8080/a                | http://127.0.0.1:8080/b
            http://tinbao.vn/a                     | https://tinbao.vn/a
            """)
    void sameSitesCanonicalIsAccepted(String fetched, String declared) {
        assertEquals(UrlCanonicalizer.canonicalize(declared).orElseThrow(), choose(fetched, declared));
    }

    @Test
    void unusableDeclaredCanonicalFallsBackToTheFetchedUrl() {
        String fetched = "https://tinbao.vn/a.html?utm_source=x";
        URI expected = URI.create("https://tinbao.vn/a.html");
        assertEquals(expected, choose(fetched, "/a.html"), "a relative canonical (no host) is not resolved here");
        assertEquals(expected, choose(fetched, "ftp://tinbao.vn/a.html"), "a non-http canonical on the same host");
        assertEquals(expected, choose(fetched, "mailto:toasoan@tinbao.vn"), "an opaque URI");
    }

    @Test
    void unusableFetchedUrlIsReturnedAsIs() {
        URI odd = URI.create("ftp://tinbao.vn/a");
        assertEquals(odd, CanonicalUrls.choose(odd, null), "nothing better to return");
    }
}
