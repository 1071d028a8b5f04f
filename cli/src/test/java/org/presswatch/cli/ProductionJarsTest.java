package org.presswatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.presswatch.analysis.ArticleAnalyzer;
import org.presswatch.api.http.ApiServer;
import org.presswatch.bench.SideBySide;
import org.presswatch.core.Version;
import org.presswatch.index.lucene.LuceneArticleIndex;
import org.presswatch.ingest.extract.ArticleExtractor;
import org.presswatch.office.library.OfficeLibrary;
import org.presswatch.pipeline.PresswatchJob;

/**
 * No production jar carries benchmark code: the classes of core, ingest, analysis, index,
 * pipeline, office and api, read from what the build put on this module's class path (the
 * modules' jars under {@code mvn verify}, their class folders under {@code mvn test}), hold no
 * benchmark package and no benchmark or baseline class; those are all in the bench module.
 */
class ProductionJarsTest {
    private static final Pattern BENCHMARK_CODE = Pattern.compile(".*(/bench/|Benchmark|SideBySide|BaselineDocuments|BareLucene).*\\.class");

    @Test
    void noBenchmarkClassInTheProductionModules() throws Exception {
        List<String> found = new ArrayList<>();
        for (Class<?> anchor : List.of(Version.class, ArticleExtractor.class, ArticleAnalyzer.class, LuceneArticleIndex.class,
                PresswatchJob.class, OfficeLibrary.class, ApiServer.class)) {
            Path location = locationOf(anchor);
            List<String> classes = classesIn(location);
            assertTrue(classes.size() >= 10, "the classes of " + location + " were read: " + classes.size());
            for (String entry : classes) {
                if (BENCHMARK_CODE.matcher(entry).matches()) {
                    found.add(location.getFileName() + ": " + entry);
                }
            }
        }
        assertEquals(List.of(), found, "benchmark code in a production module");
    }

    @Test
    void theCheckWouldSeeTheBenchmarks() throws Exception {
        List<String> bench = classesIn(locationOf(SideBySide.class));
        assertTrue(bench.stream().filter(e -> BENCHMARK_CODE.matcher(e).matches()).count() > 10, bench.toString());
    }

    private static Path locationOf(Class<?> anchor) throws URISyntaxException {
        return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The class files of a jar or a class folder, as paths with '/'. */
    private static List<String> classesIn(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                return files.filter(f -> f.toString().endsWith(".class"))
                        .map(f -> "/" + location.relativize(f).toString().replace('\\', '/')).toList();
            }
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            return Collections.list(jar.entries()).stream().map(e -> "/" + e.getName()).filter(n -> n.endsWith(".class")).toList();
        }
    }
}
