package nl.commsaudit.job;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.commsaudit.ingest.StorageOrder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The seller accounts one partition of a partitioned step works on: the staged sellers from
 * {@code first} to {@code last} inclusive, in seller-id order. Ranges keep each partition's cursor in
 * seller order, and a partition's own execution context holds its range, so a restart redoes only the
 * partitions that did not complete, over the same sellers.
 */
record SellerRange(String first, String last) {

    private static final String FIRST = "sellers.first";
    private static final String LAST = "sellers.last";

    static SellerRange of(ExecutionContext context) {
        return new SellerRange(context.getString(FIRST), context.getString(LAST));
    }

    /** The SQL condition on a seller id column, with two positional parameters ({@link #bind}). */
    static String condition(String column) {
        return column + " BETWEEN ? AND ?";
    }

    /** Sets the two parameters of {@link #condition}, the first of them at {@code index}. */
    void bind(PreparedStatement statement, int index) throws SQLException {
        statement.setString(index, first);
        statement.setString(index + 1, last);
    }

    /** The work of one seller, from its id and marketplace. */
    private interface Weight {
        long of(String sellerId, String marketplace);
    }

    /**
     * The partitioners of one run's steps. The sellers' staged cases and reviews are counted once, when
     * the first partitioned step starts (staging is over by then), in one pass over each table, and
     * shared by the steps after it.
     */
    static final class Work {

        private final NamedParameterJdbcTemplate jdbc;
        private final AuditRun run;
        private Weight bolRows;

        Work(NamedParameterJdbcTemplate jdbc, AuditRun run) {
            this.jdbc = jdbc;
            this.run = run;
        }

        /**
         * Splits the run's sellers into at most {@code gridSize} ranges of about equal audit work: each
         * seller weighs its staged cases and reviews plus one (a few large sellers must not all land in
         * one partition); an Amazon seller, whose cases and reviews are not audited, weighs one. A run
         * without sellers gets one empty range.
         */
        Partitioner audit() {
            return partitioner(jdbc, run, this::bolRows, 1);
        }

        /**
         * Ranges of about equal workbook work: a workbook costs about as much as 2,000 of its rows before
         * its first row (a measured 30-40 ms: styles, charts, the package), then its rows: the seller's
         * findings, and a BOL seller's cases and reviews. (With the audit's weights, in which an Amazon
         * seller weighs one, one partition wrote 51 s and the other 93 s of a night's 5,000 workbooks.)
         */
        Partitioner workbooks() {
            return partitioner(jdbc, run, () -> {
                Map<String, Long> findings = StorageOrder.rowsPerSeller(jdbc.getJdbcTemplate(), "finding", run.runId());
                Weight bol = bolRows();
                return (seller, marketplace) -> findings.getOrDefault(seller, 0L) + bol.of(seller, marketplace);
            }, 2_000);
        }

        /** A BOL seller's staged cases and reviews (what its audit and its workbook go through), else 0. */
        private synchronized Weight bolRows() {
            if (bolRows == null) {
                Map<String, Long> cases = StorageOrder.rowsPerSeller(jdbc.getJdbcTemplate(), "stg_case", run.runId());
                Map<String, Long> reviews = StorageOrder.rowsPerSeller(jdbc.getJdbcTemplate(), "stg_review", run.runId());
                bolRows = (seller, marketplace) -> "BOL".equals(marketplace)
                        ? cases.getOrDefault(seller, 0L) + reviews.getOrDefault(seller, 0L) : 0;
            }
            return bolRows;
        }
    }

    /** @param weight each seller's work, asked when the step partitions; each seller weighs it plus {@code fixed} */
    private static Partitioner partitioner(NamedParameterJdbcTemplate jdbc, AuditRun run, Supplier<Weight> weight, long fixed) {
        return gridSize -> {
            MapSqlParameterSource parameters = new MapSqlParameterSource("run_id", run.runId());
            Weight work = weight.get();
            List<String> sellers = new ArrayList<>();
            List<Long> weights = new ArrayList<>();
            jdbc.query("SELECT s.seller_id, s.marketplace FROM stg_seller s WHERE s.run_id = :run_id ORDER BY s.seller_id",
                    parameters, rs -> {
                        sellers.add(rs.getString(1));
                        weights.add(work.of(rs.getString(1), rs.getString(2)) + fixed);
                    });
            long total = weights.stream().mapToLong(Long::longValue).sum();
            int parts = Math.max(1, Math.min(gridSize, sellers.size()));
            List<SellerRange> ranges = new ArrayList<>();
            int from = 0;
            long done = 0;
            for (int i = 0; i < sellers.size(); i++) {
                done += weights.get(i);
                boolean last = i == sellers.size() - 1;
                boolean full = done * parts >= total * (ranges.size() + 1) && ranges.size() < parts - 1;
                if (last || full) {
                    ranges.add(new SellerRange(sellers.get(from), sellers.get(i)));
                    from = i + 1;
                }
            }
            if (ranges.isEmpty()) {
                ranges.add(new SellerRange("", ""));
            }
            Map<String, ExecutionContext> partitions = new HashMap<>();
            for (int i = 0; i < ranges.size(); i++) {
                ExecutionContext context = new ExecutionContext();
                context.putString(FIRST, ranges.get(i).first());
                context.putString(LAST, ranges.get(i).last());
                partitions.put("sellers" + i, context);
            }
            return partitions;
        };
    }
}
