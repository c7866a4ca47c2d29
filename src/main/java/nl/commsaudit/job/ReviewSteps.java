package nl.commsaudit.job;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.commsaudit.ingest.OrderStore;
import nl.commsaudit.ingest.StorageOrder;
import nl.commsaudit.rules.Finding;
import nl.commsaudit.rules.bol.review.ReviewFacts;
import nl.commsaudit.rules.bol.review.ReviewRule;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * "audit-reviews": every review of a BOL seller created by the end of the as-of day, with its order
 * looked up in the staged orders, judged by the removal rules (one finding per reason). The
 * assessment is kept for the metrics and the analyst's report.
 */
final class ReviewSteps {

    static final String AUDIT_REVIEWS = "audit-reviews";

    private final StepFactory steps;
    private final NamedParameterJdbcTemplate jdbc;
    private final FindingStore findings;

    ReviewSteps(StepFactory steps, NamedParameterJdbcTemplate jdbc) {
        this.steps = steps;
        this.jdbc = jdbc;
        this.findings = new FindingStore(jdbc);
    }

    record ReviewResult(ReviewFacts review, List<Finding> findings) {
    }

    /** Partitioned by seller: each partition judges the reviews of its sellers. */
    Step auditReviews(AuditRun run, SellerRange.Work work) {
        return steps.partitioned(AUDIT_REVIEWS, work.audit(),
                (name, sellers) -> auditReviews(run, name, sellers));
    }

    private Step auditReviews(AuditRun run, String stepName, SellerRange sellers) {
        JdbcCursorItemReader<ReviewFacts> reader = steps.cursor(AUDIT_REVIEWS,
                "SELECT r.review_id, r.seller_id, s.kvk_number, r.order_id, r.created_at, r.score_overall,"
                        + " r.score_delivery, r.score_service, r.text,"
                        + " (SELECT MIN(e.review_id) FROM stg_review e WHERE e.run_id = r.run_id AND e.order_id = r.order_id"
                        + "   AND (e.created_at < r.created_at OR (e.created_at = r.created_at AND e.review_id < r.review_id)))"
                        + "   AS earlier_review"
                        // one pass over the reviews (StorageOrder, in the join too), each seller found by its
                        // key, sorted in memory
                        + " FROM stg_review r JOIN stg_seller s"
                        + " ON s.run_id = " + StorageOrder.runId("r") + " AND s.seller_id = r.seller_id"
                        + " WHERE " + StorageOrder.runId("r") + " = ? AND s.marketplace = 'BOL' AND r.created_at < ?"
                        + " AND " + SellerRange.condition("r.seller_id")
                        + " ORDER BY r.seller_id, r.review_id",
                ps -> {
                    ps.setLong(1, run.runId());
                    ps.setObject(2, Rows.utc(run.asOfEnd()));
                    sellers.bind(ps, 3);
                },
                (rs, i) -> {
                    String orderId = rs.getString("order_id");
                    OrderStore.Order order = run.orders().get(orderId);
                    return new ReviewFacts(rs.getString("review_id"), rs.getString("seller_id"), rs.getString("kvk_number"),
                            orderId, Rows.instant(rs, "created_at"), rs.getInt("score_overall"),
                            integer(Rows.nullableLong(rs, "score_delivery")), integer(Rows.nullableLong(rs, "score_service")),
                            rs.getString("text"), order != null, order == null ? null : order.sellerId(),
                            order == null ? null : order.orderedAt(), rs.getString("earlier_review"));
                });
        List<ReviewRule> rules = run.rules().reviewRules();
        return steps.<ReviewFacts, ReviewResult>chunk(stepName, reader,
                review -> {
                    List<Finding> found = new ArrayList<>();
                    for (ReviewRule rule : rules) {
                        rule.check(review).ifPresent(v -> found.add(
                                Finding.of(rule, run.rules().settings(), review.sellerId(), review.kvkNumber(), review.orderId(), v)));
                    }
                    return new ReviewResult(review, found);
                },
                chunk -> {
                    // positional parameters: named ones cost a map per row and a type lookup per value
                    jdbc.getJdbcTemplate().batchUpdate("INSERT INTO review_assessment (run_id, review_id, seller_id,"
                                    + " removable, reasons) VALUES (?, ?, ?, ?, ?)", chunk.getItems(), chunk.size(), (ps, r) -> {
                                ps.setLong(1, run.runId());
                                ps.setString(2, r.review().reviewId());
                                ps.setString(3, r.review().sellerId());
                                ps.setBoolean(4, !r.findings().isEmpty());
                                ps.setString(5, r.findings().isEmpty() ? null
                                        : r.findings().stream().map(Finding::ruleId).collect(Collectors.joining(", ")));
                            });
                    findings.insert(run.runId(), AUDIT_REVIEWS,
                            chunk.getItems().stream().flatMap(r -> r.findings().stream()).toList());
                });
    }

    private static Integer integer(Long value) {
        return value == null ? null : value.intValue();
    }
}
