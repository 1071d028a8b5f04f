package org.presswatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FeedMarkupTest {
    private static String prepare(String xml) throws FeedRefusal {
        return FeedMarkup.prepare(xml);
    }

    @Test
    void htmlEntitiesBecomeCharacterReferences() throws Exception {
        assertEquals("<title>Caf&#233; &#8212; &#8364;5 &#160;&amp;&lt;&gt;&quot;&apos;</title>",
                prepare("<title>Caf&eacute; &mdash; &euro;5 &nbsp;&amp;&lt;&gt;&quot;&apos;</title>"));
    }

    @Test
    void strayAmpersandsAndUnknownEntitiesAreEscaped() throws Exception {
        assertEquals("<link>http://a.example/?a=1&amp;b=2&amp;c</link>", prepare("<link>http://a.example/?a=1&b=2&c</link>"));
        assertEquals("<t>AT&amp;T &amp;bogus; &amp; &amp;#xZZ;</t>", prepare("<t>AT&T &bogus; & &#xZZ;</t>"));
    }

    @Test
    void cdataAndCommentsAreLeftAlone() throws Exception {
        String xml = "<d><![CDATA[&eacute; & <b>bold</b>]]><!-- &nbsp; & --></d>";
        assertEquals(xml, prepare(xml));
    }

    @Test
    void c1ControlsAreReadAsWindows1252() throws Exception {
        assertEquals("<d>don&#8217;t don\u2019t</d>", prepare("<d>don&#146;t don\u0092t</d>"));
    }

    @Test
    void charactersXmlForbidsAreDroppedOrReplaced() throws Exception {
        assertEquals("<d>ab&#xFFFD;c\tok</d>", prepare("<d>a\u0000\u0001b&#0;c\u000B\tok</d>"));
    }

    @Test
    void xmlDeclarationAndPlainDoctypeAreRemoved() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<!-- c -->\n"
                + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
                + "<rss version=\"0.91\"><channel><title>&copy; 2025</title></channel></rss>";
        String prepared = prepare(xml);
        assertFalse(prepared.contains("<?xml"), prepared);
        assertFalse(prepared.contains("DOCTYPE"), prepared);
        assertTrue(prepared.contains("<!-- c -->"), prepared);
        assertTrue(prepared.endsWith("<rss version=\"0.91\"><channel><title>&#169; 2025</title></channel></rss>"), prepared);
    }

    @Test
    void internalEntitiesWithALiteralValueAreInlined() throws Exception {
        String xml = "<!DOCTYPE rss [\n  <!ENTITY id \"tag:example.com,\">\n  <!-- <!ENTITY x SYSTEM \"file:///etc/passwd\"> -->\n]>\n"
                + "<rss><guid>&id;2006:/blog/</guid></rss>";
        assertEquals("<rss><guid>tag:example.com,2006:/blog/</guid></rss>", prepare(xml).strip());
    }

    @Test
    void parameterEntitiesAreIgnoredWithTheDtd() throws Exception {
        String xml = "<!DOCTYPE rdf:RDF [\n<!ENTITY % HTMLlat1 PUBLIC \"-//W3C//ENTITIES Latin 1 for XHTML//EN\"\n"
                + " \"http://www.w3.org/TR/xhtml1/DTD/xhtml-lat1.ent\">\n%HTMLlat1;\n]>\n<rdf:RDF>&eacute;</rdf:RDF>";
        assertEquals("<rdf:RDF>&#233;</rdf:RDF>", prepare(xml).strip());
    }

    @Test
    void externalEntitiesAreRefused() {
        FeedRefusal system = assertThrows(FeedRefusal.class,
                () -> prepare("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><rss>&xxe;</rss>"));
        assertTrue(system.getMessage().contains("external entity 'xxe'"), system.getMessage());
        assertThrows(FeedRefusal.class,
                () -> prepare("<!DOCTYPE rss [<!ENTITY xxe PUBLIC \"-//x//y\" \"http://evil.example/x\">]><rss>&xxe;</rss>"));
    }

    @Test
    void entitiesBuiltFromEntitiesAreRefused() {
        FeedRefusal e = assertThrows(FeedRefusal.class,
                () -> prepare("<!DOCTYPE rss [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;\">]><rss>&b;</rss>"));
        assertTrue(e.getMessage().contains("entity expansion"), e.getMessage());
    }

    @Test
    void quadraticBlowupIsRefused() {
        String value = "x".repeat(10_000);
        String xml = "<!DOCTYPE rss [<!ENTITY big \"" + value + "\">]><rss>" + "&big;".repeat(200) + "</rss>";
        FeedRefusal e = assertThrows(FeedRefusal.class, () -> prepare(xml));
        assertTrue(e.getMessage().contains(String.valueOf(FeedMarkup.MAX_EXPANSION)), e.getMessage());
    }

    @Test
    void unterminatedDoctypeIsRefused() {
        assertThrows(FeedRefusal.class, () -> prepare("<!DOCTYPE rss [ <!ENTITY a \"b\"> <rss>"));
    }

    @Test
    void manyAmpersandsStayLinear() {
        String xml = "<rss>" + "&".repeat(2_000_000) + "</rss>";
        String prepared = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> prepare(xml));
        assertEquals(5 + 2_000_000 * 5 + 6, prepared.length());
    }
}
