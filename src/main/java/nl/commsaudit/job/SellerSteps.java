package nl.commsaudit.job;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.commsaudit.calendar.Country;
import nl.commsaudit.calendar.WorkingHoursClock;
import nl.commsaudit.ingest.StorageOrder;
import nl.commsaudit.rules.bol.review.ReviewCounts;
import nl.commsaudit.rules.bol.review.ReviewMetrics;
import nl.commsaudit.rules.Finding;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.SellerFacts;
import nl.commsaudit.rules.SellerRule;
import nl.commsaudit.rules.bol.service.ServiceFigures;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import java.util.function.Supplier;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * "audit-sellers": every seller account with its figures from the earlier steps; the seller-level
 * rules of its marketplace, and the {@code seller_metrics} row that becomes its line of
 * seller-summary.csv.
 */
final class SellerSteps {

    static final String AUDIT_SELLERS = "audit-sellers";

    /*
     * A seller's figures, each from a query grouped by seller over the partition's range of sellers: one
     * pass over the range's rows of each table, instead of a correlated count per figure and seller
     * (fifteen, nine of them over the same reviews: half of the step). A seller without rows in a table is
     * absent from its map; a count or sum read as SQL NULL is 0 (ResultSet.getLong).
     */
    private static final String RANGE = " WHERE %1$s.run_id = :run_id AND %1$s.seller_id BETWEEN :first AND :last";
    /** The same range, read in one pass over the table ({@link StorageOrder}): a partition wants half of it. */
    private static final String SCAN = " WHERE " + StorageOrder.runId("%1$s")
            + " = :run_id AND %1$s.seller_id BETWEEN :first AND :last";
    private static final String CASES = "SELECT a.seller_id, COUNT(*), COUNT(CASE WHEN a.on_time THEN 1 END)"
            + " FROM stg_case a" + SCAN.formatted("a") + " AND a.origin = 'CUSTOMER' AND a.due GROUP BY a.seller_id";
    private static final String CALLS = "SELECT c.seller_id, COUNT(CASE WHEN c.in_hours THEN 1 END),"
            + " COUNT(CASE WHEN c.in_hours AND c.answered THEN 1 END), COUNT(CASE WHEN NOT c.in_hours THEN 1 END)"
            + " FROM stg_call c" + SCAN.formatted("c") + " AND c.in_hours IS NOT NULL GROUP BY c.seller_id";
    private static final String IN_3M = "CASE WHEN r.created_at >= :start_3m THEN ";
    private static final String REVIEWS = "SELECT r.seller_id, COUNT(*), SUM(r.score_overall),"
            + " COUNT(" + IN_3M + "1 END), SUM(" + IN_3M + "r.score_overall END),"
            + " COUNT(" + IN_3M + "r.score_delivery END), SUM(" + IN_3M + "r.score_delivery END),"
            + " COUNT(" + IN_3M + "r.score_service END), SUM(" + IN_3M + "r.score_service END),"
            + " COUNT(CASE WHEN r.created_at >= :start_30d THEN 1 END)"
            + " FROM stg_review r" + SCAN.formatted("r") + " AND r.created_at < :as_of_end GROUP BY r.seller_id";
    private static final String REMOVABLE = "SELECT v.seller_id, COUNT(*) FROM review_assessment v" + SCAN.formatted("v")
            + " AND v.removable GROUP BY v.seller_id";
    /** The figures of a seller absent from a map: all 0 (as many as the widest query has). */
    private static final long[] NONE = new long[9];

    private final StepFactory steps;
    private final NamedParameterJdbcTemplate jdbc;
    private final FindingStore findings;

    SellerSteps(StepFactory steps, NamedParameterJdbcTemplate jdbc) {
        this.steps = steps;
        this.jdbc = jdbc;
        this.findings = new FindingStore(jdbc);
    }

    /** A seller with its figures; {@code reviews} is null where the bol.com review metrics do not apply. */
    record SellerRow(SellerFacts seller, ReviewMetrics reviews) {
    }

    record SellerResult(SellerFacts seller, ReviewMetrics reviews, List<Finding> findings) {
    }

    /** The cursor's named parameters: the run, the end of the as-of day and the starts of the review windows. */
    private static Supplier<MapSqlParameterSource> parameters(AuditRun run) {
        LocalDate next = run.request().asOf().plusDays(1);
        return () -> new MapSqlParameterSource("run_id", run.runId())
                .addValue("as_of_end", Rows.utc(run.asOfEnd()))
                .addValue("start_3m", Rows.utc(next.minusMonths(3).atStartOfDay(WorkingHoursClock.AMSTERDAM).toInstant()))
                .addValue("start_30d", Rows.utc(run.last30DaysStart()));
    }

    /**
     * Partitioned by seller: each partition reads the figures of its range of sellers (one grouped query
     * per table, which on one thread was most of the step), then its sellers, and judges them.
     */
    Step auditSellers(AuditRun run, SellerRange.Work work) {
        return steps.partitioned(AUDIT_SELLERS, work.audit(),
                (name, sellers) -> auditSellers(run, name, sellers));
    }

    /**
     * The figures of the sellers of a range, by seller, read when a partition's reader opens: some 0.7 KB
     * a seller (3.5 MB for 5,000 sellers; the partitioner holds the run's seller ids too).
     */
    private static final class RangeFigures {
        Map<String, long[]> cases = Map.of();
        Map<String, long[]> calls = Map.of();
        Map<String, long[]> reviews = Map.of();
        Map<String, long[]> removable = Map.of();
    }

    /** Per seller, the values after the seller id of each row of a query grouped by seller. */
    private Map<String, long[]> bySeller(String sql, MapSqlParameterSource parameters) {
        Map<String, long[]> figures = new HashMap<>();
        jdbc.query(sql, parameters, rs -> {
            long[] values = new long[rs.getMetaData().getColumnCount() - 1];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getLong(i + 2);
            }
            figures.put(rs.getString(1), values);
        });
        return figures;
    }

    private Step auditSellers(AuditRun run, String stepName, SellerRange sellers) {
        RangeFigures figures = new RangeFigures(); // read when the reader opens, on the partition's thread
        JdbcCursorItemReader<SellerRow> reader = steps.cursor(AUDIT_SELLERS,
                "SELECT s.seller_id, s.seller_name, s.kvk_number, s.country, s.marketplace, s.contact_email,"
                        + " s.contact_phone FROM stg_seller s" + RANGE.formatted("s") + " ORDER BY s.seller_id",
                () -> {
                    MapSqlParameterSource parameters = parameters(run).get().addValue("first", sellers.first())
                            .addValue("last", sellers.last());
                    figures.cases = bySeller(CASES, parameters);
                    figures.calls = bySeller(CALLS, parameters);
                    figures.reviews = bySeller(REVIEWS, parameters);
                    figures.removable = bySeller(REMOVABLE, parameters);
                    return parameters;
                },
                (rs, i) -> {
                    String sellerId = rs.getString("seller_id");
                    Marketplace marketplace = Marketplace.valueOf(rs.getString("marketplace"));
                    long[] cases = figures.cases.getOrDefault(sellerId, NONE);
                    long[] calls = figures.calls.getOrDefault(sellerId, NONE);
                    long[] r = figures.reviews.getOrDefault(sellerId, NONE);
                    ServiceFigures service = marketplace == Marketplace.BOL
                            ? new ServiceFigures(cases[0], cases[1], calls[0], calls[1], calls[2])
                            : null;
                    ReviewMetrics reviews = marketplace == Marketplace.BOL
                            ? ReviewMetrics.of(new ReviewCounts(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                                    run.orders().itemsInWindow(sellerId), // summed as the orders were staged
                                    figures.removable.getOrDefault(sellerId, NONE)[0]))
                            : null;
                    return new SellerRow(new SellerFacts(sellerId, rs.getString("seller_name"),
                            rs.getString("kvk_number"), Country.valueOf(rs.getString("country")), marketplace,
                            rs.getString("contact_email"), rs.getString("contact_phone"), service), reviews);
                });
        List<SellerRule> rules = run.rules().sellerRules();
        return steps.<SellerRow, SellerResult>chunk(stepName, reader,
                row -> {
                    SellerFacts seller = row.seller();
                    List<Finding> found = new ArrayList<>();
                    for (SellerRule rule : rules) {
                        if (rule.marketplace() == seller.marketplace()) {
                            rule.check(seller).ifPresent(v -> found.add(
                                    Finding.of(rule, run.rules().settings(), seller.sellerId(), seller.kvkNumber(), null, v)));
                        }
                    }
                    return new SellerResult(seller, row.reviews(), found);
                },
                chunk -> {
                    jdbc.batchUpdate("INSERT INTO seller_metrics (run_id, seller_id, cases_due, cases_on_time,"
                                    + " calls_in_hours, calls_answered, reviews_total, visible_score, visible_score_basis,"
                                    + " gold_label_eligible, gold_label_detail, removable_reviews) VALUES (:run_id, :seller_id,"
                                    + " :cases_due, :cases_on_time, :calls_in_hours, :calls_answered, :reviews_total,"
                                    + " :visible_score, :visible_score_basis, :gold_label_eligible, :gold_label_detail,"
                                    + " :removable_reviews)",
                            chunk.getItems().stream().map(r -> {
                                ServiceFigures f = r.seller().service();
                                ReviewMetrics m = r.reviews();
                                return new MapSqlParameterSource("run_id", run.runId())
                                        .addValue("seller_id", r.seller().sellerId())
                                        .addValue("cases_due", f == null ? null : f.casesDue(), Types.BIGINT)
                                        .addValue("cases_on_time", f == null ? null : f.casesOnTime(), Types.BIGINT)
                                        .addValue("calls_in_hours", f == null ? null : f.callsInHours(), Types.BIGINT)
                                        .addValue("calls_answered", f == null ? null : f.callsAnswered(), Types.BIGINT)
                                        .addValue("reviews_total", m == null ? null : m.total(), Types.BIGINT)
                                        .addValue("visible_score", m == null ? null : m.visibleScore(), Types.DECIMAL)
                                        .addValue("visible_score_basis", m == null ? null : m.basis(), Types.VARCHAR)
                                        .addValue("gold_label_eligible", m == null ? null : m.goldLabel(), Types.BOOLEAN)
                                        .addValue("gold_label_detail", m == null ? null : m.goldDetail(), Types.VARCHAR)
                                        .addValue("removable_reviews", m == null ? null : m.removable(), Types.BIGINT);
                            }).toArray(MapSqlParameterSource[]::new));
                    findings.insert(run.runId(), AUDIT_SELLERS,
                            chunk.getItems().stream().flatMap(r -> r.findings().stream()).toList());
                });
    }
}
