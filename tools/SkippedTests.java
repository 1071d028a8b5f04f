import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Prints, at the end of {@code mvn verify}, which tests were skipped in this run and why, from
 * the JUnit reports of every module (surefire and failsafe): a skipped test is otherwise silent on
 * the console, its reason left in target/. Run by the last module of the build as a Java source
 * file, so it needs nothing but the JDK:
 *
 * <pre>java tools/SkippedTests.java ROOT STARTED</pre>
 *
 * ROOT is the project folder; STARTED the build's start (an ISO instant): reports older than it
 * are left from an earlier build and not counted.
 */
public final class SkippedTests {
    private static final int CLASSES_NAMED = 3;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        // the build's timestamp has whole seconds; a report written in its first second still counts
        Instant started = Instant.parse(args[1]).minusSeconds(1);
        Map<String, TreeSet<String>> classesByReason = new TreeMap<>();
        Map<String, Integer> testsByReason = new TreeMap<>();
        int run = 0;
        int skipped = 0;
        for (Path report : reports(root, started)) {
            Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile()).getDocumentElement();
            NodeList cases = suite.getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                Element testcase = (Element) cases.item(i);
                run++;
                NodeList skips = testcase.getElementsByTagName("skipped");
                if (skips.getLength() == 0) {
                    continue;
                }
                skipped++;
                String reason = reason((Element) skips.item(0));
                String module = root.relativize(report).getName(0).toString();
                String simpleName = testcase.getAttribute("classname").replaceAll(".*\\.", "");
                classesByReason.computeIfAbsent(reason, r -> new TreeSet<>()).add(module + ": " + simpleName.replaceAll("\\$.*", ""));
                testsByReason.merge(reason, 1, Integer::sum);
            }
        }
        if (run == 0) {
            return;
        }
        System.out.printf("[INFO] Tests of this build: %,d, of which %s%n", run, skipped == 0 ? "none skipped." : skipped + " skipped:");
        for (Map.Entry<String, Integer> e : testsByReason.entrySet()) {
            List<String> classes = new ArrayList<>(classesByReason.get(e.getKey()));
            String named = String.join(", ", classes.subList(0, Math.min(CLASSES_NAMED, classes.size())))
                    + (classes.size() > CLASSES_NAMED ? " and " + (classes.size() - CLASSES_NAMED) + " more" : "");
            System.out.printf("[INFO] %5d  %s%n[INFO]        (%s)%n", e.getValue(), e.getKey(), named);
        }
    }

    private static List<Path> reports(Path root, Instant started) throws IOException {
        List<Path> reports = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                for (String kind : List.of("surefire-reports", "failsafe-reports")) {
                    Path folder = module.resolve("target").resolve(kind);
                    if (!Files.isDirectory(folder)) {
                        continue;
                    }
                    try (Stream<Path> files = Files.list(folder)) {
                        for (Path f : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList()) {
                            if (!Files.getLastModifiedTime(f).toInstant().isBefore(started)) {
                                reports.add(f);
                            }
                        }
                    }
                }
            }
        }
        return reports;
    }

    /** The reason a test gave: the skip's message, else the first line of the assumption that failed. */
    private static String reason(Element skip) {
        String message = skip.getAttribute("message");
        if (message.isBlank()) {
            message = skip.getTextContent().strip().lines().findFirst().orElse("");
        }
        return message.replaceFirst("^org\\.opentest4j\\.TestAbortedException: ", "").replaceFirst("^Assumption failed: ", "").strip();
    }
}
