package org.presswatch.cli;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.Callable;
import org.presswatch.analysis.language.LanguageIdentifier;
import org.presswatch.ingest.extract.ArticleExtractor;
import org.presswatch.ingest.extract.ExtractedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code presswatch extract}: a stable contract used by evaluations. Reads JSON Lines
 * {@code {"id", "url", "html"}} and writes one line per input, in order:
 * {@code {"id", "title", "text", "published", "author", "lang", "canonical_url"}}. An input that
 * cannot be read or parsed yields its line with an {@code "error"} field instead; the run goes on.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract articles from HTML pages: JSON Lines {\"id\", \"url\", \"html\"} in, one JSON line per page out.",
                "Trích xuất bài viết từ trang HTML: mỗi dòng JSON vào cho một dòng JSON ra."})
final class ExtractCommand implements Callable<Integer> {
    /** Where relative links resolve when a line gives no URL. */
    private static final URI NO_URL = URI.create("http://unknown.invalid/");

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "JSON Lines input; - or none for standard input.")
    String file;

    @Override
    public Integer call() throws IOException {
        ArticleExtractor extractor = new ArticleExtractor();
        LanguageIdentifier languages = new LanguageIdentifier();
        JsonLinesFilter.run(file, (input, result, number) -> {
            if (!input.path("html").isTextual()) {
                return "line " + number + " has no \"html\" string";
            }
            URI url = input.path("url").isTextual() && !input.get("url").asText().isBlank() ? new URI(input.get("url").asText().strip()) : NO_URL;
            ExtractedArticle a = extractor.extract(input.get("html").asText(), url);
            result.put("title", a.title());
            result.put("text", a.text());
            result.put("published", a.published() == null ? null : a.published().toString());
            result.put("author", a.author());
            result.put("lang", languages.identify(a.title() + "\n" + a.text(), a.language()));
            result.put("canonical_url", a.canonicalUrl().equals(NO_URL) ? null : a.canonicalUrl().toString());
            return null;
        });
        return 0;
    }
}
