package nl.commsaudit.job;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.commsaudit.calendar.Country;
import nl.commsaudit.calendar.WorkingHoursClock;
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

    private static final String COUNT_CASES = "(SELECT COUNT(*) FROM case_assessment a WHERE a.run_id = s.run_id"
            + " AND a.seller_id = s.seller_id AND a.origin = 'CUSTOMER' AND a.due";
    private static final String COUNT_CALLS = "(SELECT COUNT(*) FROM call_assessment c WHERE c.run_id = s.run_id"
            + " AND c.seller_id = s.seller_id";
    private static final String REVIEWS = " FROM stg_review r WHERE r.run_id = s.run_id AND r.seller_id = s.seller_id"
            + " AND r.created_at < :as_of_end";
    private static final String IN_3M = " AND r.created_at >= :start_3m";
    private static final String IN_30D = " AND r.created_at >= :start_30d";

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
                .addValue("start_30d", Rows.utc(next.minusDays(30).atStartOfDay(WorkingHoursClock.AMSTERDAM).toInstant()));
    }

    /**
     * Partitioned by seller: each partition reads its sellers with their figures (a query of some twenty
     * correlated counts per seller, which on one thread was most of the step) and judges them.
     */
    Step auditSellers(AuditRun run) {
        return steps.partitioned(AUDIT_SELLERS, SellerRange.partitioner(jdbc, run),
                (name, sellers) -> auditSellers(run, name, sellers));
    }

    /**
     * Items ordered in the 30 days before the audited day's end, per seller of the range (a seller
     * without orders then is absent): one pass over the run's orders, grouped. stg_order has no index by
     * seller: keeping one up to date while half a million orders are staged cost that step more than
     * this pass costs each partition (a correlated count per seller needs the index).
     */
    private Map<String, Long> itemsIn30Days(MapSqlParameterSource parameters) {
        Map<String, Long> items = new HashMap<>();
        jdbc.query("SELECT o.seller_id, SUM(COALESCE(o.items_count, 1)) FROM stg_order o WHERE o.run_id = :run_id"
                + " AND o.seller_id BETWEEN :first AND :last AND o.ordered_at >= :start_30d AND o.ordered_at < :as_of_end"
                + " GROUP BY o.seller_id", parameters, rs -> {
                    items.put(rs.getString(1), rs.getLong(2));
                });
        return items;
    }

    private Step auditSellers(AuditRun run, String stepName, SellerRange sellers) {
        Map<String, Long> itemsIn30Days = new HashMap<>(); // read when the reader opens, on the partition's thread
        JdbcCursorItemReader<SellerRow> reader = steps.cursor(AUDIT_SELLERS,
                "SELECT s.seller_id, s.seller_name, s.kvk_number, s.country, s.marketplace, s.contact_email,"
                        + " s.contact_phone, "
                        + COUNT_CASES + ") AS cases_due, "
                        + COUNT_CASES + " AND a.on_time) AS cases_on_time, "
                        + COUNT_CALLS + " AND c.in_hours) AS calls_in_hours, "
                        + COUNT_CALLS + " AND c.in_hours AND c.answered) AS calls_answered, "
                        + COUNT_CALLS + " AND NOT c.in_hours) AS calls_outside, "
                        + "(SELECT COUNT(*)" + REVIEWS + ") AS all_count, "
                        + "(SELECT COALESCE(SUM(r.score_overall), 0)" + REVIEWS + ") AS all_sum, "
                        + "(SELECT COUNT(*)" + REVIEWS + IN_3M + ") AS m3_count, "
                        + "(SELECT COALESCE(SUM(r.score_overall), 0)" + REVIEWS + IN_3M + ") AS m3_sum, "
                        + "(SELECT COUNT(r.score_delivery)" + REVIEWS + IN_3M + ") AS m3_delivery_count, "
                        + "(SELECT COALESCE(SUM(r.score_delivery), 0)" + REVIEWS + IN_3M + ") AS m3_delivery_sum, "
                        + "(SELECT COUNT(r.score_service)" + REVIEWS + IN_3M + ") AS m3_service_count, "
                        + "(SELECT COALESCE(SUM(r.score_service), 0)" + REVIEWS + IN_3M + ") AS m3_service_sum, "
                        + "(SELECT COUNT(*)" + REVIEWS + IN_30D + ") AS d30_count, "
                        + "(SELECT COUNT(*) FROM review_assessment v WHERE v.run_id = s.run_id AND v.seller_id = s.seller_id"
                        + "   AND v.removable) AS removable"
                        + " FROM stg_seller s WHERE s.run_id = :run_id AND s.seller_id BETWEEN :first AND :last"
                        + " ORDER BY s.seller_id",
                () -> {
                    MapSqlParameterSource parameters = parameters(run).get().addValue("first", sellers.first())
                            .addValue("last", sellers.last());
                    itemsIn30Days.clear();
                    itemsIn30Days.putAll(itemsIn30Days(parameters));
                    return parameters;
                },
                (rs, i) -> {
                    Marketplace marketplace = Marketplace.valueOf(rs.getString("marketplace"));
                    ServiceFigures service = marketplace == Marketplace.BOL
                            ? new ServiceFigures(rs.getLong("cases_due"), rs.getLong("cases_on_time"),
                                    rs.getLong("calls_in_hours"), rs.getLong("calls_answered"), rs.getLong("calls_outside"))
                            : null;
                    ReviewMetrics reviews = marketplace == Marketplace.BOL
                            ? ReviewMetrics.of(new ReviewCounts(rs.getLong("all_count"), rs.getLong("all_sum"),
                                    rs.getLong("m3_count"), rs.getLong("m3_sum"), rs.getLong("m3_delivery_count"),
                                    rs.getLong("m3_delivery_sum"), rs.getLong("m3_service_count"), rs.getLong("m3_service_sum"),
                                    rs.getLong("d30_count"), itemsIn30Days.getOrDefault(rs.getString("seller_id"), 0L),
                                    rs.getLong("removable")))
                            : null;
                    return new SellerRow(new SellerFacts(rs.getString("seller_id"), rs.getString("seller_name"),
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
