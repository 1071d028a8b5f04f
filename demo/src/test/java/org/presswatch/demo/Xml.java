package org.presswatch.demo;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Strict, namespace-aware XML parsing for the feed tests: any error or warning fails the test. */
public final class Xml {
    public static final String ATOM = "http://www.w3.org/2005/Atom";
    public static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    private Xml() {}

    public static Document parse(String what, byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return fail(what + " is not well-formed XML: " + e + "\n---\n" + text.substring(0, Math.min(2000, text.length())));
        }
    }

    public static Document parse(String what, String text) {
        return parse(what, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Child elements of a parent with this namespace (null for none) and local name, in document order. */
    public static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && localName.equals(e.getLocalName())
                    && (namespace == null ? e.getNamespaceURI() == null : namespace.equals(e.getNamespaceURI()))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The one child element with this name; fails the test when there is none or several. */
    public static Element child(Element parent, String namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        if (found.size() != 1) {
            fail("<" + parent.getTagName() + "> should have exactly one <" + localName + "> child, has " + found.size());
        }
        return found.get(0);
    }

    public static String text(Element parent, String namespace, String localName) {
        return child(parent, namespace, localName).getTextContent();
    }
}
