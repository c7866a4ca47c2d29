package nl.commsaudit.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.commsaudit.ingest.StorageOrder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the machine-readable outputs of export-format.md — {@code findings.csv},
 * {@code seller-summary.csv}, {@code rejected.csv} — streaming from the database, each under a
 * temporary name first and moved into place when all three are complete. Rows come in a stable order
 * and hold no run timestamps, so the same night audited twice gives the same bytes.
 */
public final class CsvOutputs {

    public static final String FINDINGS = "findings.csv";
    public static final String SUMMARY = "seller-summary.csv";
    public static final String REJECTED = "rejected.csv";

    static final String[] FINDINGS_HEADER = {"seller_id", "kvk_number", "rule_id", "entity_type", "entity_id",
            "severity", "occurred_at", "evidence", "policy_ref"};
    static final String[] SUMMARY_HEADER = {"seller_id", "cases_due", "cases_on_time", "response_on_time_pct",
            "calls_in_hours", "calls_answered", "calls_answered_pct", "reviews_total", "visible_score",
            "visible_score_basis", "gold_label_eligible", "removable_reviews", "findings_total"};
    static final String[] REJECTED_HEADER = {"file", "line", "reason", "raw"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final JdbcTemplate jdbc;

    public CsvOutputs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Row counts of what was written. */
    public record Written(long findings, long sellers, long rejected) {
    }

    public Written write(long runId, Path folder) throws IOException {
        List<AtomicFile> files = new ArrayList<>();
        try (AtomicFile findings = AtomicFile.create(folder.resolve(FINDINGS));
                AtomicFile summary = AtomicFile.create(folder.resolve(SUMMARY));
                AtomicFile rejected = AtomicFile.create(folder.resolve(REJECTED))) {
            files.add(findings);
            files.add(summary);
            files.add(rejected);
            long findingRows = writeFindings(runId, findings.temporary());
            long sellerRows = writeSummary(runId, summary.temporary());
            long rejectedRows = writeRejected(runId, rejected.temporary());
            for (AtomicFile file : files) {
                file.commit();
            }
            return new Written(findingRows, sellerRows, rejectedRows);
        }
    }

    private long writeFindings(long runId, Path file) throws IOException {
        return print(file, FINDINGS_HEADER,
                "SELECT seller_id, kvk_number, rule_id, entity_type, entity_id, severity, occurred_at, evidence, policy_ref"
                        // one pass over the findings (StorageOrder), sorted in memory (application.properties,
                        // MAX_MEMORY_ROWS)
                        + " FROM finding WHERE " + StorageOrder.runId("finding") + " = ?"
                        + " ORDER BY seller_id, occurred_at NULLS LAST, rule_id, entity_type, entity_id, evidence",
                runId, rs -> {
                    OffsetDateTime occurred = rs.getObject("occurred_at", OffsetDateTime.class);
                    return new Object[] {
                        SafeText.csv(rs.getString("seller_id")),
                        SafeText.csv(rs.getString("kvk_number")),
                        rs.getString("rule_id"),
                        rs.getString("entity_type"),
                        SafeText.csv(rs.getString("entity_id")),
                        rs.getString("severity"),
                        occurred == null ? null : TIMESTAMP.format(occurred.atZoneSameInstant(AMSTERDAM).toOffsetDateTime()),
                        SafeText.csv(rs.getString("evidence")),
                        SafeText.csv(rs.getString("policy_ref"))
                    };
                });
    }

    private long writeSummary(long runId, Path file) throws IOException {
        // not a count per seller through the findings' seller index, which a run without workbooks does not build
        Map<String, Long> findingsTotal = StorageOrder.rowsPerSeller(jdbc, "finding", runId);
        return print(file, SUMMARY_HEADER,
                "SELECT s.seller_id, m.cases_due, m.cases_on_time, m.calls_in_hours, m.calls_answered, m.reviews_total,"
                        + " m.visible_score, m.visible_score_basis, m.gold_label_eligible, m.removable_reviews"
                        + " FROM stg_seller s LEFT JOIN seller_metrics m ON m.run_id = s.run_id AND m.seller_id = s.seller_id"
                        + " WHERE s.run_id = ? ORDER BY s.seller_id",
                runId, rs -> {
                    Long due = nullableLong(rs, "cases_due");
                    Long onTime = nullableLong(rs, "cases_on_time");
                    Long inHours = nullableLong(rs, "calls_in_hours");
                    Long answered = nullableLong(rs, "calls_answered");
                    BigDecimal score = rs.getBigDecimal("visible_score");
                    Object gold = rs.getObject("gold_label_eligible");
                    return new Object[] {
                        SafeText.csv(rs.getString("seller_id")),
                        due, onTime, percent(onTime, due),
                        inHours, answered, percent(answered, inHours),
                        nullableLong(rs, "reviews_total"),
                        score == null ? null : score.setScale(1, RoundingMode.HALF_UP).toPlainString(),
                        rs.getString("visible_score_basis"),
                        gold == null ? null : gold.toString(),
                        nullableLong(rs, "removable_reviews"),
                        findingsTotal.getOrDefault(rs.getString("seller_id"), 0L)
                    };
                });
    }

    private long writeRejected(long runId, Path file) throws IOException {
        return print(file, REJECTED_HEADER,
                "SELECT source_file, source_line, source_key, reason, raw FROM stg_rejected WHERE run_id = ?"
                        + " ORDER BY file_order, source_line, reason",
                runId, rs -> new Object[] {
                    rs.getString("source_file"),
                    rs.getString("source_key") != null ? SafeText.csv(rs.getString("source_key")) : rs.getLong("source_line"),
                    SafeText.csv(rs.getString("reason")),
                    SafeText.csv(rs.getString("raw"))
                });
    }

    /** A share as a percentage with one decimal; empty when the denominator is 0 or unknown. */
    static String percent(Long part, Long whole) {
        if (part == null || whole == null || whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private interface RowFormatter {
        Object[] format(ResultSet rs) throws SQLException;
    }

    private long print(Path file, String[] header, String sql, long runId, RowFormatter formatter) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord((Object[]) header);
            long[] rows = {0};
            jdbc.query(connection -> {
                var statement = connection.prepareStatement(sql);
                statement.setFetchSize(1000);
                statement.setLong(1, runId);
                return statement;
            }, rs -> {
                try {
                    printer.printRecord(formatter.format(rs));
                    rows[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return rows[0];
        }
    }
}
