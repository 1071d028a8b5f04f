package org.presswatch.bench.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.demo.corpus.CorpusArticle;

class JudgedQueriesTest {
    @Test
    void everyJudgmentNamesAnArticleOfTheDemoCorpus() throws IOException {
        Corpus corpus = Corpus.load();
        Set<String> keys = new HashSet<>();
        for (List<CorpusArticle> articles : List.of(corpus.articles(), corpus.spike())) {
            articles.forEach(a -> keys.add(DemoArticles.keyOf(a)));
        }
        List<JudgedQueries.JudgedQuery> queries = JudgedQueries.load();
        assertTrue(queries.size() >= 25 && queries.size() <= 40, queries.size() + " queries");
        for (JudgedQueries.JudgedQuery q : queries) {
            assertTrue(q.grades().containsValue(2), "'" + q.text() + "' has an article about it");
            q.grades().keySet().forEach(k -> assertTrue(keys.contains(k), "'" + q.text() + "' judges " + k + ", which the corpus lacks"));
        }
    }

    @Test
    void readsTheHeaderCommentsAndJudgmentsAndNamesABadLine() throws IOException {
        String file = "# comment\nquery\tarticle\tgrade\nbiển đông\ta/b-c\t2\nbiển đông\ta/d\t1\nhoang sa\ta/d\t2\n";
        assertEquals(List.of(new JudgedQueries.JudgedQuery("biển đông", Map.of("a/b-c", 2, "a/d", 1)),
                new JudgedQueries.JudgedQuery("hoang sa", Map.of("a/d", 2))), read(file));
        IOException e = assertThrows(IOException.class, () -> read("query\tarticle\tgrade\nbiển đông\ta/b\t3\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(IOException.class, () -> read("biển đông\ta/b\t2\n"), "no header");
        assertThrows(IOException.class, () -> read("query\tarticle\tgrade\nq\ta/b\t2\nq\ta/b\t1\n"), "judged twice");
    }

    private static List<JudgedQueries.JudgedQuery> read(String file) throws IOException {
        return JudgedQueries.read(new BufferedReader(new StringReader(file)));
    }
}
