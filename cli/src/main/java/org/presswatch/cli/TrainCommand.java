package org.presswatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.presswatch.analysis.evaluation.CrossValidation;
import org.presswatch.analysis.labelled.LabelledArticle;
import org.presswatch.analysis.labelled.LabelledArticles;
import org.presswatch.analysis.topic.TopicRules;
import org.presswatch.analysis.topic.model.TopicClassifier;
import org.presswatch.analysis.topic.model.TopicClassifierTrainer;
import org.presswatch.core.config.DataLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code presswatch train}: trains the topic classifier on the built-in corpus plus the office's
 * own labelled articles (the data folder's {@code training/*.jsonl}, and any {@code --examples}
 * file), shows its cross-validated figures, and saves it in the data folder, where
 * {@code analyze}, {@code eval} and {@code serve} pick it up instead of the built-in one.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the topic classifier on the built-in corpus and your office's labelled articles "
                + "(DATA/training/*.jsonl and --examples), show cross-validated precision, recall and F1, and save it as "
                + "DATA/models/topics.bin for analyze, eval and serve.",
                "Huấn luyện bộ phân loại chủ đề từ kho mẫu có sẵn và các bài đã gắn nhãn của cơ quan, báo cáo kiểm định chéo "
                        + "và lưu mô hình vào thư mục dữ liệu."})
final class TrainCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--examples", paramLabel = "FILE",
            description = "More labelled articles, JSON Lines {\"id\", \"lang\", \"title\", \"text\", \"provinces\", \"topics\"}; repeatable.")
    List<Path> examples = new ArrayList<>();

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
            description = "Folds of the cross-validation shown before training; 0 skips it (default: ${DEFAULT-VALUE}).")
    int folds;

    @Override
    public Integer call() throws IOException {
        if (folds == 1 || folds < 0) {
            throw new ParameterException(spec.commandLine(), "--folds must be 0 (no cross-validation) or at least 2, was " + folds);
        }
        DataLayout data = options.load().layout();
        List<LabelledArticle> corpus = new ArrayList<>(LabelledArticles.training());
        System.out.printf("train: %d articles from the built-in corpus%n", corpus.size());
        for (Path file : sources(data)) {
            List<LabelledArticle> read = LabelledArticles.read(file);
            System.out.printf("train: %d articles from %s%n", read.size(), file);
            corpus.addAll(read);
        }
        LabelledArticles.requireUniqueIds(corpus);
        if (folds > 0) {
            System.out.printf("train: %d-fold cross-validation (rules and classifier, as the analysis scores)%n", folds);
            EvaluationTable.print(System.out, CrossValidation.run(corpus, folds, TopicRules.load(), m -> System.out.println("  " + m)));
        }
        System.out.printf("train: training on all %d articles%n", corpus.size());
        TopicClassifier classifier = new TopicClassifierTrainer().train(corpus, m -> System.out.println("  " + m));
        Path target = data.topicModel();
        classifier.write(target);
        System.out.printf("train: saved %s; analyze, eval and serve now use it (delete it to go back to the built-in model)%n", target);
        return 0;
    }

    private List<Path> sources(DataLayout data) throws IOException {
        List<Path> files = new ArrayList<>();
        Path corrections = data.training();
        if (Files.isDirectory(corrections)) {
            try (Stream<Path> listed = Files.list(corrections)) {
                listed.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().forEach(files::add);
            }
        }
        for (Path file : examples) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "--examples " + file + ": no such file");
            }
            files.add(file);
        }
        return files;
    }
}
