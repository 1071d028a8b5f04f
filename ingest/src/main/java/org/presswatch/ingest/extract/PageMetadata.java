package org.presswatch.ingest.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.presswatch.ingest.url.UrlCanonicalizer;

/**
 * The facts a page states about itself, outside its body text: JSON-LD (schema.org
 * NewsArticle and kin), Open Graph and article meta tags, the canonical link, the html lang
 * attribute. Each getter prefers the most explicit source.
 */
final class PageMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting",
            "scholarlyarticle", "report");

    private static final int MAX_BYLINE_CHARS = 120;

    private final Document doc;
    /** Meta tag contents by lower-cased property, name or itemprop; the first non-blank one wins. */
    private final Map<String, String> metas = new HashMap<>();
    private final Map<String, String> httpEquivs = new HashMap<>();
    private final List<JsonNode> ld = new ArrayList<>();
    private String htmlLang = "";
    private String canonicalHref = "";
    private Element datePublishedItem;
    private Element bylineElement;

    PageMetadata(Document doc) {
        this.doc = doc;
        // one pass over the page for every source, rather than one search of the page per question
        doc.traverse((node, depth) -> {
            if (node instanceof Element el) {
                visit(el);
            }
        });
    }

    private void visit(Element el) {
        switch (el.normalName()) {
            case "meta" -> {
                String content = el.attr("content");
                if (content.isBlank()) {
                    return;
                }
                String key = el.hasAttr("property") ? el.attr("property") : el.hasAttr("name") ? el.attr("name") : el.attr("itemprop");
                if (!key.isEmpty()) {
                    metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content.strip());
                }
                if (el.hasAttr("http-equiv")) {
                    httpEquivs.putIfAbsent(el.attr("http-equiv").toLowerCase(Locale.ROOT), content);
                }
                if (datePublishedItem == null && el.attr("itemprop").equalsIgnoreCase("datePublished")) {
                    datePublishedItem = el;
                }
            }
            case "html" -> htmlLang = el.attr("lang");
            case "link" -> {
                if (canonicalHref.isEmpty() && el.attr("rel").equalsIgnoreCase("canonical") && el.hasAttr("href")) {
                    canonicalHref = el.absUrl("href");
                }
            }
            case "script" -> {
                if (el.attr("type").equalsIgnoreCase("application/ld+json")) {
                    collectLinkedData(el.data(), ld);
                }
            }
            default -> visitBodyElement(el);
        }
    }

    /** The body's own statements: microdata dates and the byline, the first of each in the page. */
    private void visitBodyElement(Element el) {
        if (el.attributesSize() == 0) {
            return;
        }
        String itemprop = el.attr("itemprop");
        if (datePublishedItem == null && itemprop.equalsIgnoreCase("datePublished")) {
            datePublishedItem = el;
        }
        if (bylineElement == null && (itemprop.equalsIgnoreCase("author") || el.attr("rel").equalsIgnoreCase("author") || hasBylineClass(el))) {
            bylineElement = el;
        }
    }

    private static boolean hasBylineClass(Element el) {
        String cls = el.className();
        // most elements have neither word in any class: one scan of the attribute rules them out
        return (containsIgnoreCase(cls, "author") || containsIgnoreCase(cls, "byline"))
                && (el.hasClass("byline") || el.hasClass("author") || el.hasClass("author_mail"));
    }

    private static boolean containsIgnoreCase(String s, String word) {
        for (int i = 0; i + word.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    Optional<String> title() {
        return first(ldText("headline"), meta("og:title"), meta("twitter:title"));
    }

    /** The article's text as the page states it (schema.org articleBody), a hint for finding it in the page. */
    Optional<String> articleBody() {
        return ldText("articleBody");
    }

    Optional<String> documentTitle() {
        return Optional.of(doc.title().strip()).filter(t -> !t.isEmpty());
    }

    Optional<String> language() {
        Optional<String> declared = first(ldText("inLanguage"), Optional.of(htmlLang).filter(l -> !l.isBlank()),
                meta("og:locale"), meta("content-language"), httpEquiv("content-language"));
        return declared.map(l -> l.strip().toLowerCase(Locale.ROOT))
                .filter(l -> l.length() >= 2 && Character.isLetter(l.charAt(0)) && Character.isLetter(l.charAt(1)))
                .map(l -> l.substring(0, 2));
    }

    Optional<URI> canonicalUrl() {
        return first(Optional.of(canonicalHref).filter(h -> !h.isEmpty()), meta("og:url").map(u -> absolute(u)), ldText("url").map(u -> absolute(u)))
                .flatMap(UrlCanonicalizer::canonicalize);
    }

    Optional<URI> imageUrl() {
        return first(meta("og:image"), meta("twitter:image"), ldImage())
                .map(this::absolute).flatMap(UrlCanonicalizer::canonicalize);
    }

    Optional<String> author() {
        return first(ldAuthor(), meta("author"), meta("article:author").filter(a -> !a.startsWith("http")),
                meta("dc.creator"), Optional.ofNullable(bylineElement)
                        .map(Element::text).filter(t -> !t.isBlank() && t.length() <= MAX_BYLINE_CHARS));
    }

    /** The publication time from metadata only, without looking at the visible text. */
    Optional<Instant> published(ZoneId zone) {
        for (Optional<String> candidate : List.of(ldText("datePublished"), meta("article:published_time"),
                meta("og:published_time"), meta("pubdate"), meta("publishdate"), meta("publish-date"),
                meta("date"), meta("dc.date.issued"), meta("dc.date"), meta("sailthru.date"), datePublishedItem(),
                ldText("dateCreated"), meta("article:modified_time"), ldText("dateModified"))) {
            Optional<Instant> parsed = candidate.flatMap(s -> PublicationDates.parseMachine(s, zone));
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    /** The zone times without an offset are read in: Vietnam for Vietnamese pages, else UTC. */
    ZoneId zone() {
        return language().filter("vi"::equals).isPresent() ? PublicationDates.VIETNAM : ZoneOffset.UTC;
    }

    private Optional<String> meta(String name) {
        return Optional.ofNullable(metas.get(name));
    }

    private Optional<String> httpEquiv(String name) {
        return Optional.ofNullable(httpEquivs.get(name));
    }

    private Optional<String> datePublishedItem() {
        Element e = datePublishedItem;
        if (e == null) {
            return Optional.empty();
        }
        String value = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
        return Optional.of(value).filter(v -> !v.isBlank());
    }

    private Optional<String> ldText(String field) {
        for (JsonNode node : ld) {
            JsonNode value = node.get(field);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return Optional.of(value.asText().strip());
            }
        }
        return Optional.empty();
    }

    private Optional<String> ldAuthor() {
        for (JsonNode node : ld) {
            JsonNode author = node.get("author");
            if (author == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (JsonNode a : author.isArray() ? author : List.of(author)) {
                String name = a.isTextual() ? a.asText() : a.path("name").asText("");
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            if (!names.isEmpty()) {
                return Optional.of(String.join(", ", names));
            }
        }
        return Optional.empty();
    }

    private Optional<String> ldImage() {
        for (JsonNode node : ld) {
            JsonNode image = node.get("image");
            if (image == null) {
                continue;
            }
            JsonNode first = image.isArray() && !image.isEmpty() ? image.get(0) : image;
            String url = first.isTextual() ? first.asText() : first.path("url").asText("");
            if (!url.isBlank()) {
                return Optional.of(url);
            }
        }
        return Optional.empty();
    }

    private String absolute(String url) {
        try {
            return URI.create(doc.location()).resolve(url.strip()).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** Adds the article-like objects of a JSON-LD block, @graph and arrays flattened; a malformed block adds nothing. */
    private static void collectLinkedData(String json, List<JsonNode> found) {
        try {
            collectArticles(JSON.readTree(json), found);
        } catch (JsonProcessingException malformed) {
            // publishers ship broken JSON-LD often enough; the other sources still apply
        }
    }

    private static void collectArticles(JsonNode node, List<JsonNode> found) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collectArticles(n, found));
            return;
        }
        collectArticles(node.get("@graph"), found);
        JsonNode type = node.get("@type");
        for (JsonNode t : type == null ? List.<JsonNode>of() : type.isArray() ? type : List.of(type)) {
            if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
                found.add(node);
                return;
            }
        }
    }

    @SafeVarargs
    private static <T> Optional<T> first(Optional<T>... candidates) {
        for (Optional<T> candidate : candidates) {
            if (candidate.isPresent()) {
                return candidate;
            }
        }
        return Optional.empty();
    }
}
