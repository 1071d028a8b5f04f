package org.presswatch.analysis.evaluation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.presswatch.analysis.labelled.LabelledArticle;
import org.presswatch.analysis.topic.TopicRules;
import org.presswatch.analysis.topic.TopicScorer;
import org.presswatch.analysis.topic.model.TopicClassifierTrainer;
import org.presswatch.core.util.Validate;

/**
 * K-fold cross-validation of topic scoring on a labelled corpus: the articles are shuffled (with a
 * fixed seed, so runs agree), split into k folds, and each fold is scored by the rules with a
 * classifier trained on the other folds. It estimates how the model trained on the whole corpus
 * will do on articles it has not seen, without touching the held-out set.
 */
public final class CrossValidation {
    private static final long SEED = 42;

    private CrossValidation() {}

    /**
     * @param progress told as each fold starts and ends (a run takes seconds to minutes)
     * @return the topic figures over all folds; provinces are not measured
     */
    public static Evaluation.Report run(List<LabelledArticle> articles, int folds, TopicRules rules, Consumer<String> progress)
            throws IOException {
        Validate.isTrue(folds >= 2, "cross-validation needs at least 2 folds, got %s", folds);
        Validate.isTrue(articles.size() >= folds, "%s articles cannot make %s folds", articles.size(), folds);
        List<LabelledArticle> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(SEED));
        Evaluation evaluation = new Evaluation();
        TopicClassifierTrainer trainer = new TopicClassifierTrainer();
        for (int fold = 0; fold < folds; fold++) {
            List<LabelledArticle> training = new ArrayList<>();
            List<LabelledArticle> test = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % folds == fold ? test : training).add(shuffled.get(i));
            }
            progress.accept(String.format("fold %d/%d: training on %d articles, testing on %d", fold + 1, folds, training.size(), test.size()));
            TopicScorer scorer = new TopicScorer(rules, trainer.train(training, message -> { }));
            for (LabelledArticle a : test) {
                evaluation.addTopics(a, Evaluation.listedTopics(scorer.score(a.title(), a.text())));
            }
        }
        return evaluation.report();
    }
}
