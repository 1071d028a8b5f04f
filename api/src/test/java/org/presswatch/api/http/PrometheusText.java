package org.presswatch.api.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader of Prometheus' text exposition format (version 0.0.4), strict enough for a test: every
 * line is a comment ({@code # HELP}, {@code # TYPE}, or any other {@code #} line) or a sample
 * {@code name{label="value",...} value [timestamp]}, with label values escaped as the format says.
 */
final class PrometheusText {
    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final String LABEL = "[a-zA-Z_][a-zA-Z0-9_]*";
    private static final String VALUE = "\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\"";
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(?:\\{((?:" + LABEL + "=" + VALUE + ",?)*)\\})? "
            + "([-+]?(?:[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|Inf|NaN))(?: -?[0-9]+)?");
    private static final Pattern PAIR = Pattern.compile("(" + LABEL + ")=(" + VALUE + ")");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");

    /** One sample: its metric's name, its labels in order, its value. */
    record Sample(String name, Map<String, String> labels, double value) {
        boolean has(Map<String, String> wanted) {
            return labels.entrySet().containsAll(wanted.entrySet());
        }
    }

    private PrometheusText() {}

    /**
     * @throws AssertionError naming the first line that is neither a comment nor a sample
     */
    static List<Sample> parse(String text) {
        List<Sample> samples = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            if (line.isEmpty() && number > 1) {
                continue; // the final newline
            }
            if (line.startsWith("#")) {
                if (line.startsWith("# TYPE") && !TYPE.matcher(line).matches()) {
                    throw new AssertionError("line " + number + " is not a TYPE comment: " + line);
                }
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                throw new AssertionError("line " + number + " is neither a comment nor a sample: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher pair = PAIR.matcher(sample.group(2));
                while (pair.find()) {
                    String quoted = pair.group(2);
                    labels.put(pair.group(1), quoted.substring(1, quoted.length() - 1).replace("\\n", "\n").replace("\\\"", "\"")
                            .replace("\\\\", "\\"));
                }
            }
            String value = sample.group(3);
            samples.add(new Sample(sample.group(1), labels, value.endsWith("Inf") ? (value.startsWith("-") ? Double.NEGATIVE_INFINITY
                    : Double.POSITIVE_INFINITY) : Double.parseDouble(value)));
        }
        return samples;
    }

    /** The value of the one sample of this name with these labels (and maybe others), or 0 when there is none. */
    static double value(List<Sample> samples, String name, Map<String, String> labels) {
        List<Sample> found = samples.stream().filter(s -> s.name().equals(name) && s.has(labels)).toList();
        if (found.size() > 1) {
            throw new AssertionError(found.size() + " samples of " + name + " " + labels + ": " + found);
        }
        return found.isEmpty() ? 0 : found.get(0).value();
    }
}
