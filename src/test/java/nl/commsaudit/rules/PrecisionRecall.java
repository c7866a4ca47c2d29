package nl.commsaudit.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts, per rule, true and false positives and false negatives over a labelled corpus, and prints
 * the precision/recall table the corpus tests assert on.
 */
public final class PrecisionRecall {

    private final Map<String, int[]> counts = new TreeMap<>();
    private final List<String> mistakes = new ArrayList<>();

    public PrecisionRecall(Collection<String> rules) {
        rules.forEach(rule -> counts.put(rule, new int[3]));
    }

    /** A labelled corpus in CSV with a header row, from the test resources. */
    public static List<org.apache.commons.csv.CSVRecord> corpus(String resource) throws java.io.IOException {
        try (java.io.Reader reader = new java.io.InputStreamReader(PrecisionRecall.class.getResourceAsStream(resource),
                java.nio.charset.StandardCharsets.UTF_8)) {
            return org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
        }
    }

    /** The rule ids of a row's {@code expected} column, separated by {@code ;}. */
    public static Set<String> expected(org.apache.commons.csv.CSVRecord row) {
        Set<String> ids = new java.util.TreeSet<>();
        for (String id : row.get("expected").split(";")) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        return ids;
    }

    /** One corpus row: the rule ids it should get and the ones it got. */
    public void add(String id, String note, Set<String> expected, Set<String> actual) {
        counts.forEach((rule, c) -> {
            boolean want = expected.contains(rule);
            boolean got = actual.contains(rule);
            if (want && got) {
                c[0]++;
            } else if (got) {
                c[1]++;
                mistakes.add("false positive " + rule + " on " + id + " (" + note + ")");
            } else if (want) {
                c[2]++;
                mistakes.add("false negative " + rule + " on " + id + " (" + note + ")");
            }
        });
    }

    /** Prints the table and the mistakes; returns the rules below the bar or with fewer than 5 positives. */
    public List<String> below(double bar) {
        StringBuilder table = new StringBuilder(String.format("%n%-34s %5s %5s %5s %9s %7s%n", "rule", "tp", "fp", "fn", "precision", "recall"));
        List<String> below = new ArrayList<>();
        counts.forEach((rule, c) -> {
            double precision = c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
            double recall = c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
            table.append(String.format("%-34s %5d %5d %5d %9.2f %7.2f%n", rule, c[0], c[1], c[2], precision, recall));
            if (precision < bar || recall < bar || c[0] < 5) {
                below.add(rule);
            }
        });
        System.out.println(table);
        mistakes.forEach(System.out::println);
        return below;
    }
}
