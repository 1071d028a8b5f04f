package org.presswatch.analysis.topic.model;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.presswatch.analysis.labelled.LabelledArticle;
import org.presswatch.analysis.text.ArticleText;
import org.presswatch.core.model.Topic;
import org.presswatch.core.model.Topics;

/**
 * Trains a {@link TopicClassifier} from labelled articles: for each topic, a maxent document
 * categorizer learns the topic's articles against all the others (the hard negatives of the
 * corpus, a beach holiday on an island or a festival as tourism, are what teach it where the
 * keywords mislead). Training is deterministic: the same articles give the same model.
 */
public final class TopicClassifierTrainer {
    /** A topic with fewer positive examples than this gets no model: the rules alone score it. */
    public static final int MIN_POSITIVES = 10;
    private static final int ITERATIONS = 300;
    /** A feature must occur this often to be learnt: rarer ones only fit the noise. */
    private static final int CUTOFF = 2;
    /**
     * L2 regularization of the quasi-Newton maxent trainer; chosen by five-fold cross-validation
     * on the training corpus (0.3 beat 1.0 and the unregularized GIS trainer).
     */
    private static final double L2_COST = 0.3;

    /**
     * @param progress told about each topic as it is trained (for a long run's display)
     */
    public TopicClassifier train(List<LabelledArticle> articles, Consumer<String> progress) throws IOException {
        List<String[]> features = new ArrayList<>(articles.size());
        for (LabelledArticle a : articles) {
            features.add(TopicFeatures.of(ArticleText.of(a.title(), a.text())));
        }
        Map<String, DoccatModel> models = new LinkedHashMap<>();
        Properties about = new Properties();
        about.setProperty("examples", String.valueOf(articles.size()));
        about.setProperty("trained", Instant.now().toString());
        for (Topic topic : Topics.all()) {
            List<DocumentSample> samples = new ArrayList<>(articles.size());
            int positives = 0;
            for (int i = 0; i < articles.size(); i++) {
                boolean yes = articles.get(i).topics().contains(topic.id());
                positives += yes ? 1 : 0;
                samples.add(new DocumentSample(yes ? TopicClassifier.YES : TopicClassifier.NO, features.get(i)));
            }
            about.setProperty("positives." + topic.id(), String.valueOf(positives));
            if (positives < MIN_POSITIVES || positives == articles.size()) {
                progress.accept(String.format("%-13s skipped: %d of %d examples are positive; the rules alone score it",
                        topic.id(), positives, articles.size()));
                continue;
            }
            models.put(topic.id(), DocumentCategorizerME.train("mul", ObjectStreamUtils.createObjectStream(samples), parameters(),
                    new DoccatFactory()));
            progress.accept(String.format("%-13s trained on %d positive and %d negative examples", topic.id(), positives,
                    articles.size() - positives));
        }
        return new TopicClassifier(models, about);
    }

    private static TrainingParameters parameters() {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        parameters.put("L2Cost", L2_COST);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        parameters.put("PrintMessages", false);
        return parameters;
    }
}
