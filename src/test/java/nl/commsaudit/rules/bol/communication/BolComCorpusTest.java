package nl.commsaudit.rules.bol.communication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.commsaudit.rules.RuleCatalog;
import nl.commsaudit.rules.RuleSettings;
import nl.commsaudit.text.MessageText;
import nl.commsaudit.text.TextDetectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of every BOL-COM message rule on a labelled corpus of Dutch, English and French
 * messages ({@code src/test/resources/corpus/bol-com-messages.csv}: positives and hard negatives per
 * rule). Prints the table and fails below 0.9 for either figure on any rule.
 */
class BolComCorpusTest {

    private static final double BAR = 0.9;

    record Counts(int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
        }
    }

    @Test
    void everyRuleReachesTheBar() throws IOException {
        List<CSVRecord> corpus = corpus();
        TextDetectors detectors = TextDetectors.load(null);
        List<MessageRule> rules = RuleCatalog.create(RuleSettings.defaults(), Instant.EPOCH, detectors).messageRules();
        Map<String, int[]> counts = new TreeMap<>();
        rules.forEach(rule -> counts.put(rule.id(), new int[3]));
        List<String> mistakes = new ArrayList<>();
        for (CSVRecord row : corpus) {
            Set<String> expected = Arrays.stream(row.get("expected").split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
            Set<String> actual = new java.util.TreeSet<>();
            if ("SELLER".equals(row.get("sender"))) {
                SellerMessage message = new SellerMessage(row.get("id"), "s1", row.get("recipient"),
                        Boolean.parseBoolean(row.get("reply")), Instant.EPOCH,
                        MessageText.of(row.get("subject"), row.get("body"), "text/html".equals(row.get("content_type"))),
                        detectors);
                for (MessageRule rule : rules) {
                    if (rule.check(message).isPresent()) {
                        actual.add(rule.id());
                    }
                }
            }
            for (String rule : counts.keySet()) {
                int[] c = counts.get(rule);
                boolean want = expected.contains(rule);
                boolean got = actual.contains(rule);
                if (want && got) {
                    c[0]++;
                } else if (got) {
                    c[1]++;
                    mistakes.add("false positive " + rule + " on " + row.get("id") + " (" + row.get("note") + ")");
                } else if (want) {
                    c[2]++;
                    mistakes.add("false negative " + rule + " on " + row.get("id") + " (" + row.get("note") + ")");
                }
            }
        }
        StringBuilder table = new StringBuilder(String.format("%n%-34s %5s %5s %5s %9s %7s%n", "rule", "tp", "fp", "fn", "precision", "recall"));
        List<String> below = new ArrayList<>();
        counts.forEach((rule, c) -> {
            Counts figures = new Counts(c[0], c[1], c[2]);
            table.append(String.format("%-34s %5d %5d %5d %9.2f %7.2f%n", rule, c[0], c[1], c[2], figures.precision(), figures.recall()));
            if (figures.precision() < BAR || figures.recall() < BAR || c[0] < 5) {
                below.add(rule);
            }
        });
        System.out.println(table);
        mistakes.forEach(System.out::println);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(150);
        assertThat(below).as("rules below %.2f precision or recall (or with fewer than 5 positives)", BAR).isEmpty();
    }

    static List<CSVRecord> corpus() throws IOException {
        try (Reader reader = new InputStreamReader(
                BolComCorpusTest.class.getResourceAsStream("/corpus/bol-com-messages.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
