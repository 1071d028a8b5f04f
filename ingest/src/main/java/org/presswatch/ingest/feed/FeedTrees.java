package org.presswatch.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;

/**
 * Normalizes the XML tree of a feed into the shapes Rome reads, where feed readers accept
 * variants Rome stumbles on (it throws, or calls the document no feed).
 *
 * <p>Contract of {@link #normalize}, which changes the tree in place:
 * <ul>
 *   <li>an {@code <rss>} root in a namespace (the Userland RSS namespaces) is moved, with the
 *       elements of that namespace, out of it: RSS has none;
 *   <li>an {@code <rss>} root whose {@code version} Rome has no parser for ({@code 2.1},
 *       {@code 3.0}...) is read as RSS 2.0; one without a version is left as it is;
 *   <li>an {@code <rss>} root without a {@code <channel>} gets one around its children, and an RDF
 *       root (RSS 0.90 and 1.0) without a channel gets an empty one;
 *   <li>a {@code <feed>} root in no namespace or an unknown one is moved, with the elements of its
 *       namespace, into the Atom namespace (0.3 when it says {@code version="0.3"}, else 1.0);
 *   <li>the text of Atom 0.3 elements in {@code mode="base64"} loses the white space that Rome's
 *       decoder chokes on.
 * </ul>
 */
final class FeedTrees {
    private static final String ATOM_10 = "http://www.w3.org/2005/Atom";
    private static final String ATOM_03 = "http://purl.org/atom/ns#";
    private static final Set<String> ROME_RSS_VERSIONS = Set.of("0.91", "0.92", "0.93", "0.94", "2.0");

    private FeedTrees() {}

    static void normalize(Document document) {
        Element root = document.getRootElement();
        List<Element> elements = new ArrayList<>();
        root.getDescendants(Filters.element()).forEach(elements::add);
        String ns = root.getNamespaceURI();
        if (root.getName().equals("rss")) {
            if (!ns.isEmpty()) {
                moveNamespace(root, elements, ns, Namespace.NO_NAMESPACE);
            }
            String version = root.getAttributeValue("version");
            if (version != null && !ROME_RSS_VERSIONS.contains(version.strip())) {
                root.setAttribute("version", "2.0");
            }
            if (root.getChild("channel") == null) {
                Element channel = new Element("channel");
                channel.addContent(root.removeContent());
                root.addContent(channel);
            }
        } else if (root.getName().equals("RDF") && root.getChildren().stream().noneMatch(e -> e.getName().equals("channel"))) {
            root.addContent(new Element("channel", root.getNamespace("")));
        } else if (root.getName().equals("feed") && !ns.equals(ATOM_10) && !ns.equals(ATOM_03)) {
            String atom = "0.3".equals(root.getAttributeValue("version")) ? ATOM_03 : ATOM_10;
            moveNamespace(root, elements, ns, Namespace.getNamespace(atom));
        }
        for (Element e : elements) {
            if ("base64".equals(e.getAttributeValue("mode"))) {
                e.setText(e.getText().replaceAll("\\s+", ""));
            }
        }
    }

    private static void moveNamespace(Element root, List<Element> elements, String from, Namespace to) {
        for (Element e : elements) {
            if (e.getNamespaceURI().equals(from)) {
                e.setNamespace(to.getURI().isEmpty() ? Namespace.NO_NAMESPACE : Namespace.getNamespace(e.getNamespacePrefix(), to.getURI()));
            }
        }
        root.setNamespace(to.getURI().isEmpty() ? Namespace.NO_NAMESPACE : Namespace.getNamespace(root.getNamespacePrefix(), to.getURI()));
    }
}
