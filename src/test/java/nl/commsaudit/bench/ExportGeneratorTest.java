package nl.commsaudit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.commsaudit.bench.ExportGenerator.Options;
import nl.commsaudit.bench.ExportGenerator.Sizes;
import nl.commsaudit.ingest.Column;
import nl.commsaudit.ingest.ExportTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportGeneratorTest {

    private static final Sizes SIZES = Sizes.forMessages(2_000);

    @TempDir
    static Path first;
    @TempDir
    static Path second;

    @BeforeAll
    static void generateTwice() throws IOException {
        ExportGenerator.generate(first, SIZES, 7);
        ExportGenerator.generate(second, SIZES, 7);
    }

    @Test
    void optionsAreReadInBothForms() {
        Options options = Options.parse(new String[] {"--messages", "1_000", "--output=/tmp/x", "--seed", "3"}, Set.of("output"));
        assertThat(options.sizes().messages()).isEqualTo(1_000);
        assertThat(options.sizes().sellers()).isEqualTo(5);
        assertThat(options.get("output", "-")).isEqualTo("/tmp/x");
        assertThat(options.getLong("seed", 42)).isEqualTo(3);
    }

    @Test
    void anOptionTheCommandDoesNotTakeIsAnError() {
        // --out is the benchmark's log folder; the generator's folder is --output
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Options.parse(new String[] {"--messages", "100", "--out", "/tmp/x"}, Set.of("output")))
                .withMessageStartingWith("unknown option --out (options: --calls, --cases, --messages, --orders, --output,");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Options.parse(new String[] {"--messages", "1e6"}, Set.of("output")))
                .withMessage("--messages takes a whole number, not '1e6'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Options.parse(new String[] {"1000000"}, Set.of("output")))
                .withMessage("unexpected argument '1000000'");
    }

    @Test
    void sameSeedAndSizesGiveTheSameBytes() throws IOException {
        for (ExportTable table : ExportTable.values()) {
            assertThat(Files.readAllBytes(second.resolve(table.fileName())))
                    .as(table.fileName())
                    .isEqualTo(Files.readAllBytes(first.resolve(table.fileName())));
        }
    }

    @Test
    void headersAndRowCountsFollowTheContract() throws IOException {
        Map<ExportTable, Long> expected = Map.of(ExportTable.SELLERS, SIZES.sellers(), ExportTable.ORDERS, SIZES.orders(),
                ExportTable.MESSAGES, SIZES.messages(), ExportTable.CASES, SIZES.cases(), ExportTable.CALLS, SIZES.calls(),
                ExportTable.REVIEWS, SIZES.reviews());
        for (ExportTable table : ExportTable.values()) {
            try (CSVParser parser = parse(first.resolve(table.fileName()))) {
                assertThat(parser.getHeaderNames()).as(table.fileName())
                        .containsExactlyElementsOf(table.columns().stream().map(Column::name).toList());
                long rows = 0;
                for (CSVRecord record : parser) {
                    assertThat(record.size()).isEqualTo(table.columns().size());
                    rows++;
                }
                assertThat(rows).as(table.fileName()).isEqualTo(expected.get(table));
            }
        }
    }

    @Test
    void aboutThirtyPercentHtmlMailsOfFiveToTwentyKilobytes() throws IOException {
        long html = 0;
        long all = 0;
        try (CSVParser parser = parse(first.resolve("messages.csv"))) {
            for (CSVRecord record : parser) {
                all++;
                if ("text/html".equals(record.get("content_type"))) {
                    html++;
                    int bytes = record.get("body").getBytes(StandardCharsets.UTF_8).length;
                    assertThat(bytes).as(record.get("message_id")).isBetween(5 * 1024, 20 * 1024);
                }
            }
        }
        assertThat((double) html / all).isBetween(0.25, 0.35);
    }

    @Test
    void everyReferenceResolves() throws IOException {
        Set<String> sellers = ids(ExportTable.SELLERS);
        assertThat(sellers).hasSize((int) SIZES.sellers());
        Map<String, String> orderSeller = new HashMap<>();
        try (CSVParser parser = parse(first.resolve("orders.csv"))) {
            for (CSVRecord r : parser) {
                assertThat(orderSeller.put(r.get("order_id"), r.get("seller_id"))).isNull();
            }
        }
        for (ExportTable table : List.of(ExportTable.ORDERS, ExportTable.MESSAGES, ExportTable.CASES, ExportTable.CALLS,
                ExportTable.REVIEWS)) {
            try (CSVParser parser = parse(first.resolve(table.fileName()))) {
                for (CSVRecord r : parser) {
                    assertThat(sellers).as(table.fileName()).contains(r.get("seller_id"));
                }
            }
        }
        Map<String, String[]> messages = new HashMap<>(); // id -> seller, sent_at
        long otherSeller = 0;
        try (CSVParser parser = parse(first.resolve("messages.csv"))) {
            for (CSVRecord r : parser) {
                messages.put(r.get("message_id"), new String[] {r.get("seller_id"), r.get("sent_at")});
                String order = r.get("order_id");
                if (!order.isEmpty()) {
                    assertThat(orderSeller.get(order)).as(r.get("message_id")).isEqualTo(r.get("seller_id"));
                }
                String replyTo = r.get("in_reply_to");
                if (!replyTo.isEmpty()) {
                    assertThat(messages).as("reply to an earlier message").containsKey(replyTo);
                    assertThat(messages.get(replyTo)[0]).isEqualTo(r.get("seller_id"));
                    assertThat(java.time.OffsetDateTime.parse(withOffset(messages.get(replyTo)[1])).toInstant())
                            .isBefore(java.time.OffsetDateTime.parse(withOffset(r.get("sent_at"))).toInstant());
                }
            }
        }
        Set<String> cases = ids(ExportTable.CASES);
        try (CSVParser parser = parse(first.resolve("messages.csv"))) {
            for (CSVRecord r : parser) {
                if (!r.get("case_id").isEmpty()) {
                    assertThat(cases).contains(r.get("case_id"));
                }
            }
        }
        try (CSVParser parser = parse(first.resolve("reviews.csv"))) {
            for (CSVRecord r : parser) {
                String owner = orderSeller.get(r.get("order_id"));
                if (owner != null && !owner.equals(r.get("seller_id"))) {
                    otherSeller++; // planted BOL-REV-OTHER-SELLER cases
                }
            }
        }
        assertThat(otherSeller).isLessThan(SIZES.reviews() / 50);
    }

    /** A local timestamp (no offset) as Amsterdam time, for comparison only. */
    private static String withOffset(String ts) {
        if (ts.endsWith("Z") || ts.matches(".*[+-]\\d\\d:\\d\\d$")) {
            return ts;
        }
        return java.time.LocalDateTime.parse(ts).atZone(ExportGenerator.AMS).toOffsetDateTime().toString();
    }

    private static Set<String> ids(ExportTable table) throws IOException {
        Set<String> ids = new HashSet<>();
        try (CSVParser parser = parse(first.resolve(table.fileName()))) {
            for (CSVRecord r : parser) {
                ids.add(r.get(0));
            }
        }
        return ids;
    }

    private static CSVParser parse(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
    }
}
