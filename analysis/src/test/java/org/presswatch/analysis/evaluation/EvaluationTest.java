package org.presswatch.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presswatch.analysis.labelled.LabelledArticle;
import org.presswatch.analysis.topic.TopicRules;

class EvaluationTest {
    private static final double EPSILON = 1e-12;

    private static LabelledArticle article(String id, Set<String> provinces, Set<String> topics) {
        return new LabelledArticle(id, "vi", "title " + id, "text", provinces, topics);
    }

    @Test
    void countsFollowTheTextbookAndTheEmptyCases() {
        Counts c = Counts.NONE.plus(true, true).plus(true, true).plus(false, true).plus(true, false).plus(false, false);
        assertEquals(new Counts(2, 1, 1), c);
        assertEquals(2 / 3.0, c.precision(), EPSILON);
        assertEquals(2 / 3.0, c.recall(), EPSILON);
        assertEquals(2 / 3.0, c.f1(), EPSILON);
        assertEquals(1.0, Counts.NONE.f1(), EPSILON, "nothing to find and nothing found is right");
        assertEquals(0.0, new Counts(0, 0, 3).f1(), EPSILON, "never finding what is there is wrong");
        assertEquals(0.0, new Counts(0, 2, 0).f1(), EPSILON, "finding only what is not there is wrong");
    }

    @Test
    void topicsProvincesMacroF1AndMisses() {
        Evaluation e = new Evaluation();
        LabelledArticle a = article("a", Set.of("48"), Set.of("sovereignty"));
        LabelledArticle b = article("b", Set.of("01", "79"), Set.of("religion", "human_rights"));
        LabelledArticle c = article("c", Set.of(), Set.of());
        e.addTopics(a, Set.of("sovereignty"));
        e.addProvinces(a, Set.of("48"));
        e.addTopics(b, Set.of("religion"));
        e.addProvinces(b, Set.of("01"));
        e.addTopics(c, Set.of("ethnicity"));
        e.addProvinces(c, Set.of());
        Evaluation.Report r = e.report();

        assertEquals(3, r.articles());
        assertEquals(new Counts(1, 0, 0), r.topics().get("sovereignty"));
        assertEquals(new Counts(0, 1, 0), r.topics().get("ethnicity"));
        assertEquals(new Counts(1, 0, 0), r.topics().get("religion"));
        assertEquals(new Counts(0, 0, 1), r.topics().get("human_rights"));
        assertEquals(Counts.NONE, r.topics().get("border"));
        assertEquals((1 + 0 + 1 + 0) / 4.0, r.macroF1(), EPSILON, "border and image are not mission topics");
        assertEquals(2 / 3.0, r.provinceAccuracy(), EPSILON, "a and c exactly right, b missing 79");
        assertEquals(new Counts(2, 0, 1), r.provinceMentions());
        assertEquals(List.of("b topics", "b provinces", "c topics"), r.misses().stream().map(m -> m.articleId() + " " + m.what()).toList());
        assertEquals(Set.of("01", "79"), r.misses().get(1).expected());
    }

    @Test
    void crossValidationScoresEveryArticleOnceAndRejectsBadFolds() throws Exception {
        List<LabelledArticle> corpus = org.presswatch.analysis.labelled.LabelledArticles.training();
        List<String> progress = new java.util.ArrayList<>();
        Evaluation.Report r = CrossValidation.run(corpus, 3, TopicRules.load(), progress::add);
        assertEquals(corpus.size(), r.articles());
        assertEquals(0, r.provinceArticles(), "cross-validation measures topics only");
        assertEquals(3, progress.size(), progress.toString());
        assertTrue(r.macroF1() > 0.8, "cross-validated macro-F1 " + r.macroF1());
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.run(corpus, 1, TopicRules.load(), m -> { }));
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.run(corpus.subList(0, 2), 3, TopicRules.load(), m -> { }));
    }
}
