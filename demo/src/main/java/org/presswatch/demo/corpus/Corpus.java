package org.presswatch.demo.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.presswatch.core.model.Provinces;
import org.presswatch.core.model.Topics;

/**
 * The demo corpus: the outlets and their articles, read from {@code corpus/} in this jar. All
 * outlets, people and events are fictional; the articles were written for presswatch.
 * Immutable once loaded.
 *
 * <p>Besides the regular articles, one file per outlet, the corpus holds a spike pack
 * ({@code corpus/spike.yaml}): articles of several outlets about one event, which the newsroom
 * publishes within a few minutes only when asked to (see {@link ReleaseSchedule}), so that the
 * demo can show a spike alert. They are not among {@link #articles()}.
 */
public final class Corpus {
    private static final String DIR = "/corpus/";
    static final String SPIKE_FILE = "spike.yaml";

    private final List<Outlet> outlets;
    private final List<CorpusArticle> articles;
    private final List<CorpusArticle> spike;

    private Corpus(List<Outlet> outlets, List<CorpusArticle> articles, List<CorpusArticle> spike) {
        this.outlets = List.copyOf(outlets);
        this.articles = List.copyOf(articles);
        this.spike = List.copyOf(spike);
    }

    public static Corpus load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Outlet> outlets = new ArrayList<>();
        List<CorpusArticle> articles = new ArrayList<>();
        for (JsonNode o : read(yaml, "outlets.yaml").path("outlets")) {
            Outlet outlet = outletOf(o);
            outlets.add(outlet);
            JsonNode file = read(yaml, outlet.id() + ".yaml");
            if (!outlet.id().equals(file.path("outlet").asText())) {
                throw new IllegalStateException(DIR + outlet.id() + ".yaml belongs to outlet '" + file.path("outlet").asText() + "'");
            }
            for (JsonNode a : file.path("articles")) {
                articles.add(articleOf(outlet, a));
            }
        }
        return new Corpus(outlets, articles, spikeOf(read(yaml, SPIKE_FILE), outlets, articles));
    }

    /** The spike pack: each article names its outlet, and none may take the URL of another article. */
    private static List<CorpusArticle> spikeOf(JsonNode file, List<Outlet> outlets, List<CorpusArticle> regular) {
        Set<String> urls = new HashSet<>();
        regular.forEach(a -> urls.add(a.url()));
        List<CorpusArticle> spike = new ArrayList<>();
        for (JsonNode a : file.path("articles")) {
            String id = a.path("outlet").asText();
            Outlet outlet = outlets.stream().filter(o -> o.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(DIR + SPIKE_FILE + " names unknown outlet '" + id + "'"));
            CorpusArticle article = articleOf(outlet, a);
            if (!urls.add(article.url())) {
                throw new IllegalStateException(DIR + SPIKE_FILE + " reuses the URL " + article.url());
            }
            spike.add(article);
        }
        return spike;
    }

    private static CorpusArticle articleOf(Outlet outlet, JsonNode a) {
        CorpusArticle article = new CorpusArticle(outlet, a.path("slug").asText(), a.path("section").asText(),
                a.path("title").asText(), a.path("lead").asText(), texts(a.path("body")), a.path("author").asText(),
                texts(a.path("provinces")), texts(a.path("topics")));
        article.provinces().forEach(Provinces::require);
        article.topics().forEach(Topics::require);
        return article;
    }

    public List<Outlet> outlets() {
        return outlets;
    }

    /** The regular articles, in file order: what the release schedule always publishes. */
    public List<CorpusArticle> articles() {
        return articles;
    }

    /** The spike pack, in file order: published only by a schedule given a spike time. */
    public List<CorpusArticle> spike() {
        return spike;
    }

    private static Outlet outletOf(JsonNode o) {
        List<Outlet.Section> sections = new ArrayList<>();
        o.path("sections").forEach(s -> sections.add(new Outlet.Section(s.path("slug").asText(), s.path("name").asText())));
        return new Outlet(o.path("id").asText(), o.path("name").asText(), o.path("domain").asText(), o.path("language").asText(),
                o.path("country").asText(), texts(o.path("provinces")),
                Outlet.FeedFormat.valueOf(o.path("feed").asText().toUpperCase(Locale.ROOT).replace('-', '_')),
                Outlet.Template.valueOf(o.path("template").asText().toUpperCase(Locale.ROOT)), o.path("reliability").asInt(),
                sections);
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static JsonNode read(ObjectMapper yaml, String name) {
        try (InputStream in = Corpus.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException(DIR + name + " is missing from the presswatch-demo jar");
            }
            return yaml.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIR + name, e);
        }
    }
}
