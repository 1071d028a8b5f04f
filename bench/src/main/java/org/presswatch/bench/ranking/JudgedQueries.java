package org.presswatch.bench.ranking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The judged queries of the ranking benchmark: each query as typed, with the grade (1 or 2) of
 * every article that answers it, read from {@code judged-queries.tsv} beside this class, whose
 * header says how the grades were given. An article not listed has grade 0.
 */
public final class JudgedQueries {
    static final String RESOURCE = "judged-queries.tsv";
    private static final String HEADER = "query\tarticle\tgrade";

    /**
     * @param grades each relevant article's grade, by its outlet and slug ({@code outlet/slug})
     */
    public record JudgedQuery(String text, Map<String, Integer> grades) {
        public JudgedQuery {
            grades = Map.copyOf(grades);
        }
    }

    private JudgedQueries() {}

    /** The queries of the resource, in its order. */
    public static List<JudgedQuery> load() throws IOException {
        try (InputStream in = JudgedQueries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the presswatch-bench jar");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        }
    }

    /**
     * Reads judgments in the resource's form: comment lines, the header, then one judgment a line.
     *
     * @throws IOException naming the line of a judgment that is not a query, an article and a grade of 1 or 2
     */
    static List<JudgedQuery> read(BufferedReader lines) throws IOException {
        Map<String, Map<String, Integer>> byQuery = new LinkedHashMap<>();
        boolean header = false;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IOException(RESOURCE + " line " + number + ": the header '" + HEADER.replace("\t", "\\t") + "' must come first");
                }
                header = true;
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3 || fields[0].isBlank() || !fields[1].matches("[a-z0-9]+/[a-z0-9-]+") || !fields[2].matches("[12]")) {
                throw new IOException(RESOURCE + " line " + number + ": not a query, an outlet/slug and a grade of 1 or 2");
            }
            if (byQuery.computeIfAbsent(fields[0], q -> new LinkedHashMap<>()).put(fields[1], Integer.parseInt(fields[2])) != null) {
                throw new IOException(RESOURCE + " line " + number + ": '" + fields[1] + "' is judged twice for '" + fields[0] + "'");
            }
        }
        List<JudgedQuery> queries = new ArrayList<>();
        byQuery.forEach((text, grades) -> queries.add(new JudgedQuery(text, grades)));
        return queries;
    }
}
