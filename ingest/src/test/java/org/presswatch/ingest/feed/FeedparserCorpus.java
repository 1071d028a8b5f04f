package org.presswatch.ingest.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The test suite of the Python feedparser project, read in place from
 * {@code ${presswatch.corpora}/feedparser-tests/tests} (third-party data: never copied into the
 * repository). Each file opens with an XML comment of {@code Key: value} lines: {@code Description},
 * {@code Expect} (a Python expression over feedparser's result), {@code Header} (an HTTP header the
 * file is served with) and {@code SkipUnless}.
 */
final class FeedparserCorpus {
    /** feedparser's test server serves the suite from here; expected absolute links assume it. */
    static final URI SERVED_AT = URI.create("http://127.0.0.1:8097/tests/");

    private static final Pattern HEADER_LINE = Pattern.compile("(?m)^\\s*(Description|Expect|Header|SkipUnless):\\s*(.*?)\\s*$");

    private FeedparserCorpus() {}

    /** The folder of the suite, or empty when this machine does not have it. */
    static Optional<Path> root() {
        String corpora = System.getProperty("presswatch.corpora");
        if (corpora == null || corpora.isBlank()) {
            return Optional.empty();
        }
        Path root = Path.of(corpora, "feedparser-tests", "tests");
        return Files.isDirectory(root) ? Optional.of(root) : Optional.empty();
    }

    static String whereExpected() {
        return System.getProperty("presswatch.corpora", "(system property presswatch.corpora not set)") + "/feedparser-tests/tests";
    }

    /** Every file of the suite, as paths relative to its root with '/' separators, sorted. */
    static List<String> files() {
        Optional<Path> root = root();
        if (root.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root.get())) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.get().relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file of the suite. */
    record CorpusFile(String relative, byte[] body, String description, String expect, Map<String, String> headers) {
        /** The top folder: wellformed, illformed, encoding, entities (or json). */
        String category() {
            int slash = relative.indexOf('/');
            return slash < 0 ? "" : relative.substring(0, slash);
        }

        /** The top folder and the next one, e.g. wellformed/atom10. */
        String subcategory() {
            String[] parts = relative.split("/");
            return parts.length > 2 ? parts[0] + "/" + parts[1] : parts[0];
        }

        String contentType() {
            return headers.get("content-type");
        }

        /**
         * The URL feedparser's harness fetched the file from, or the Content-Location header it was
         * served with (resolved against that URL), which is the document's URL for HTTP.
         */
        URI url() {
            URI served = SERVED_AT.resolve(relative);
            String location = headers.get("content-location");
            if (location != null) {
                try {
                    URI resolved = served.resolve(location);
                    if ("http".equals(resolved.getScheme()) || "https".equals(resolved.getScheme())) {
                        return resolved;
                    }
                } catch (IllegalArgumentException e) {
                    // an unusable Content-Location is ignored, as browsers do
                }
            }
            return served;
        }

        /** The document as Latin-1 text with the NUL and BOM bytes of UTF-16/32 dropped: good enough to read ASCII markup. */
        String asciiView() {
            StringBuilder text = new StringBuilder(body.length);
            for (byte b : body) {
                int c = b & 0xFF;
                if (c != 0x00 && c != 0xFE && c != 0xFF) {
                    text.append((char) c);
                }
            }
            return text.toString();
        }

        /**
         * Whether the document's item or entry at this index has something presswatch can use as
         * its link: a link child, or an RSS guid not marked {@code isPermaLink="false"}. Items
         * without one are dropped by design (there is nothing to fetch).
         */
        boolean itemHasLink(int index) {
            Document doc = Jsoup.parse(asciiView(), "", Parser.xmlParser());
            List<Element> items = doc.getAllElements().stream()
                    .filter(e -> localName(e).equals("item") || localName(e).equals("entry"))
                    .toList();
            if (index >= items.size()) {
                return false;
            }
            for (Element child : items.get(index).children()) {
                if (localName(child).equals("link")) {
                    return true;
                }
                if (localName(child).equals("guid") && !child.attr("isPermaLink").equalsIgnoreCase("false")) {
                    return true;
                }
            }
            return false;
        }

        private static String localName(Element e) {
            String name = e.tagName();
            return name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
        }
    }

    static CorpusFile read(String relative) {
        Path path = root().orElseThrow().resolve(relative);
        byte[] body;
        try {
            body = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CorpusFile raw = new CorpusFile(relative, body, "", "", Map.of());
        String text = raw.asciiView();
        int end = text.indexOf("-->");
        String head = end < 0 ? text : text.substring(0, end);
        String description = "";
        String expect = "";
        Map<String, String> headers = new LinkedHashMap<>();
        Matcher m = HEADER_LINE.matcher(head);
        while (m.find()) {
            switch (m.group(1)) {
                case "Description" -> description = m.group(2);
                case "Expect" -> expect = m.group(2);
                case "Header" -> {
                    String[] header = m.group(2).split(":", 2);
                    if (header.length == 2) {
                        headers.put(header[0].strip().toLowerCase(Locale.ROOT), header[1].strip());
                    }
                }
                default -> { }
            }
        }
        return new CorpusFile(relative, body, description, expect, headers);
    }

    static List<CorpusFile> readAll() {
        List<CorpusFile> all = new ArrayList<>();
        for (String relative : files()) {
            all.add(read(relative));
        }
        return all;
    }
}
