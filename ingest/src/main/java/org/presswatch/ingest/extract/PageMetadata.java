package org.presswatch.ingest.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    private final List<JsonNode> ld;

    PageMetadata(Document doc) {
        this.doc = doc;
        this.ld = linkedData(doc);
    }

    Optional<String> title() {
        return first(ldText("headline"), meta("og:title"), meta("twitter:title"));
    }

    Optional<String> documentTitle() {
        return Optional.of(doc.title().strip()).filter(t -> !t.isEmpty());
    }

    Optional<String> language() {
        Optional<String> declared = first(ldText("inLanguage"), Optional.of(doc.select("html").attr("lang")).filter(l -> !l.isBlank()),
                meta("og:locale"), meta("content-language"), httpEquiv("content-language"));
        return declared.map(l -> l.strip().toLowerCase(Locale.ROOT))
                .filter(l -> l.length() >= 2 && Character.isLetter(l.charAt(0)) && Character.isLetter(l.charAt(1)))
                .map(l -> l.substring(0, 2));
    }

    Optional<URI> canonicalUrl() {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        Optional<String> href = link == null ? Optional.empty() : Optional.of(link.absUrl("href"));
        return first(href.filter(h -> !h.isEmpty()), meta("og:url").map(u -> absolute(u)), ldText("url").map(u -> absolute(u)))
                .flatMap(UrlCanonicalizer::canonicalize);
    }

    Optional<URI> imageUrl() {
        return first(meta("og:image"), meta("twitter:image"), ldImage())
                .map(this::absolute).flatMap(UrlCanonicalizer::canonicalize);
    }

    Optional<String> author() {
        return first(ldAuthor(), meta("author"), meta("article:author").filter(a -> !a.startsWith("http")),
                meta("dc.creator"), Optional.ofNullable(doc.selectFirst("[rel=author], [itemprop=author], .byline, .author, .author_mail"))
                        .map(Element::text).filter(t -> !t.isBlank() && t.length() <= MAX_BYLINE_CHARS));
    }

    /** The publication time from metadata only, without looking at the visible text. */
    Optional<Instant> published(ZoneId zone) {
        for (Optional<String> candidate : List.of(ldText("datePublished"), meta("article:published_time"),
                meta("og:published_time"), meta("pubdate"), meta("publishdate"), meta("publish-date"),
                meta("date"), meta("dc.date.issued"), meta("dc.date"), meta("sailthru.date"), itemprop("datePublished"),
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
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
                return Optional.of(m.attr("content").strip());
            }
        }
        return Optional.empty();
    }

    private Optional<String> httpEquiv(String name) {
        for (Element m : doc.select("meta[http-equiv][content]")) {
            if (m.attr("http-equiv").equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
                return Optional.of(m.attr("content"));
            }
        }
        return Optional.empty();
    }

    private Optional<String> itemprop(String name) {
        Element e = doc.selectFirst("[itemprop=" + name + "]");
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

    /** The article-like objects of every JSON-LD block, @graph and arrays flattened; malformed blocks are skipped. */
    private static List<JsonNode> linkedData(Document doc) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collectArticles(JSON.readTree(script.data()), found);
            } catch (JsonProcessingException malformed) {
                // publishers ship broken JSON-LD often enough; the other sources still apply
            }
        }
        return found;
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
