package org.presswatch.bench.match;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads CLEF 2020 CheckThat! Task 2 as its {@code v3.0} folder ships it: the verified claims
 * ({@code verified_claims.docs.tsv}: id, claim, title) and, per split, the tweets
 * ({@code <split>/tweets.queries.tsv}: id, text) with their relevant claims
 * ({@code <split>/tweet-vclaim-pairs.qrels}, TREC format). The TSV files quote fields that hold
 * quotes, tabs or line breaks, CSV-style.
 */
public final class ClaimRetrievalFiles {
    public record Claim(String id, String text, String title) {}

    public record Tweet(String id, String text, Set<String> relevant) {}

    private ClaimRetrievalFiles() {}

    public static List<Claim> claims(Path dir) throws IOException {
        List<Claim> claims = new ArrayList<>();
        for (List<String> row : rows(dir.resolve("verified_claims.docs.tsv"))) {
            claims.add(new Claim(row.get(0), row.get(1), row.size() > 2 ? row.get(2) : ""));
        }
        return claims;
    }

    /** The tweets of a split that have at least one relevant claim. */
    public static List<Tweet> tweets(Path dir, String split) throws IOException {
        Map<String, Set<String>> relevant = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve(split).resolve("tweet-vclaim-pairs.qrels"), StandardCharsets.UTF_8)) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 4 && !f[3].equals("0")) {
                relevant.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[2]);
            }
        }
        Map<String, Tweet> tweets = new LinkedHashMap<>();
        for (List<String> row : rows(dir.resolve(split).resolve("tweets.queries.tsv"))) {
            if (relevant.containsKey(row.get(0))) {
                tweets.put(row.get(0), new Tweet(row.get(0), row.get(1), relevant.get(row.get(0))));
            }
        }
        return List.copyOf(tweets.values());
    }

    /** The data rows of a TSV file, its header left out; a row with fewer than two fields is an error naming the file and row. */
    static List<List<String>> rows(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atFieldStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && atFieldStart) {
                quoted = true;
                atFieldStart = false;
            } else if (c == '\t') {
                row.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(row, field, rows, file);
                row = new ArrayList<>();
                atFieldStart = true;
            } else {
                field.append(c);
                atFieldStart = false;
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            endRow(row, field, rows, file);
        }
        return rows.isEmpty() ? rows : rows.subList(1, rows.size());
    }

    private static void endRow(List<String> row, StringBuilder field, List<List<String>> rows, Path file) throws IOException {
        row.add(field.toString());
        field.setLength(0);
        if (row.size() == 1 && row.get(0).isBlank()) {
            return;
        }
        if (row.size() < 2) {
            throw new IOException(file + " row " + (rows.size() + 1) + " has " + row.size() + " field, expected at least 2");
        }
        rows.add(row);
    }
}
