package org.presswatch.ingest.feed;

import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Parses the text {@link FeedMarkup} prepared into an XML tree, with the SAX configuration Rome
 * hardens (DOCTYPE disallowed, no external entities or DTDs, an entity resolver that reads
 * nothing), then lets {@link FeedTrees} normalize it.
 *
 * <p>Contract of {@link #parse}: a well-formed document is parsed as it is. A document that is not
 * well-formed is repaired once with jsoup's forgiving XML parser (unclosed or misnested elements,
 * a stray {@code <}, a root end tag without its {@code >}, junk after the root element, namespace
 * prefixes used without a declaration) and parsed again, but only when its root element's end tag
 * is present: a document cut off before it was most likely truncated in transit and is refused
 * rather than read in part. A refusal says which of these it was and carries the strict parser's
 * message.
 */
final class FeedDocuments {
    private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][A-Za-z0-9._:-]*)");
    /** Namespaces feeds use without declaring them; other undeclared prefixes get a placeholder. */
    private static final Map<String, String> WELL_KNOWN_PREFIXES = Map.of(
            "dc", "http://purl.org/dc/elements/1.1/",
            "dcterms", "http://purl.org/dc/terms/",
            "content", "http://purl.org/rss/1.0/modules/content/",
            "itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd",
            "media", "http://search.yahoo.com/mrss/",
            "atom", "http://www.w3.org/2005/Atom",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "sy", "http://purl.org/rss/1.0/modules/syndication/",
            "slash", "http://purl.org/rss/1.0/modules/slash/",
            "wfw", "http://wellformedweb.org/CommentAPI/");

    private FeedDocuments() {}

    /** Rome's own hardened SAX builder; a new one for each document. */
    private static final class HardenedInput extends WireFeedInput {
        HardenedInput() {
            setAllowDoctypes(false);
        }

        SAXBuilder builder() {
            return createSAXBuilder();
        }
    }

    static Document parse(String xml) throws FeedRefusal {
        Document document;
        try {
            document = strict(xml);
        } catch (JDOMException | IOException e) {
            String repaired = repaired(xml, e);
            try {
                document = strict(repaired);
            } catch (JDOMException | IOException again) {
                throw new FeedRefusal("not well-formed XML, and beyond repair: " + e.getMessage(), e);
            }
        }
        FeedTrees.normalize(document);
        return document;
    }

    private static Document strict(String xml) throws JDOMException, IOException {
        return new HardenedInput().builder().build(new StringReader(xml));
    }

    /** The document rewritten well-formed by jsoup; refused when it has no root element or it never ends. */
    private static String repaired(String xml, Exception error) throws FeedRefusal {
        int start = startOfRoot(xml);
        Matcher m = ROOT.matcher(xml);
        if (start < 0 || !m.find(start) || m.start() != start) {
            throw new FeedRefusal("not XML (no root element): " + error.getMessage(), error);
        }
        String root = m.group(1);
        int end = xml.lastIndexOf("</" + root);
        if (end < 0) {
            throw new FeedRefusal("not well-formed XML, and it ends before its root element <" + root
                    + "> does (truncated?): " + error.getMessage(), error);
        }
        org.jsoup.nodes.Document doc = Jsoup.parse(xml.substring(0, end) + "</" + root + ">", "", Parser.xmlParser());
        doc.outputSettings()
                .syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8)
                .prettyPrint(false);
        declareUndeclaredPrefixes(doc);
        return doc.outerHtml();
    }

    private static void declareUndeclaredPrefixes(org.jsoup.nodes.Document doc) {
        Element root = doc.children().isEmpty() ? null : doc.child(0);
        if (root == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        Set<String> declared = new HashSet<>(Set.of("xml", "xmlns"));
        for (Element e : doc.getAllElements()) {
            addPrefix(e.tagName(), used);
            for (Attribute a : e.attributes()) {
                if (a.getKey().startsWith("xmlns:")) {
                    declared.add(a.getKey().substring(6));
                } else {
                    addPrefix(a.getKey(), used);
                }
            }
        }
        used.removeAll(declared);
        for (String prefix : used) {
            root.attr("xmlns:" + prefix, WELL_KNOWN_PREFIXES.getOrDefault(prefix, "urn:x-undeclared-prefix:" + prefix));
        }
    }

    private static void addPrefix(String name, Set<String> prefixes) {
        int colon = name.indexOf(':');
        if (colon > 0) {
            prefixes.add(name.substring(0, colon));
        }
    }

    /** Where the root element starts, past comments and processing instructions; -1 if nowhere. */
    private static int startOfRoot(String xml) {
        int pos = 0;
        while (pos < xml.length()) {
            while (pos < xml.length() && Character.isWhitespace(xml.charAt(pos))) {
                pos++;
            }
            if (xml.startsWith("<!--", pos)) {
                int end = xml.indexOf("-->", pos + 4);
                if (end < 0) {
                    return -1;
                }
                pos = end + 3;
            } else if (xml.startsWith("<?", pos)) {
                int end = xml.indexOf("?>", pos + 2);
                if (end < 0) {
                    return -1;
                }
                pos = end + 2;
            } else {
                return xml.startsWith("<", pos) ? pos : -1;
            }
        }
        return -1;
    }
}
