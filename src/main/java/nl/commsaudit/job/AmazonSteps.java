package nl.commsaudit.job;

import java.util.List;
import nl.commsaudit.rules.Finding;
import nl.commsaudit.rules.amazon.AmzMsgReviewRepeatRule;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * "audit-review-repeats": the Amazon rule that needs the order of events across messages. The
 * streaming pass kept every review or feedback request for an order ({@code stg_review_request}); here
 * each one that has an earlier request for the same order (by {@code sent_at}) is a repeat.
 */
final class AmazonSteps {

    static final String AUDIT_REPEATS = "audit-review-repeats";
    private static final String EARLIER = " FROM stg_review_request e WHERE e.run_id = m.run_id AND e.order_id = m.order_id"
            + " AND (e.sent_at < m.sent_at OR (e.sent_at = m.sent_at AND e.message_id < m.message_id))";

    private final StepFactory steps;
    private final FindingStore findings;

    AmazonSteps(StepFactory steps, NamedParameterJdbcTemplate jdbc) {
        this.steps = steps;
        this.findings = new FindingStore(jdbc);
    }

    record Request(String messageId, String sellerId, String kvkNumber, String orderId, java.time.Instant sentAt,
            long earlier, String first) {
    }

    Step auditReviewRepeats(AuditRun run) {
        AmzMsgReviewRepeatRule rule = run.rules().reviewRepeat();
        boolean enabled = run.rules().enabled(rule);
        JdbcCursorItemReader<Request> reader = steps.cursor(AUDIT_REPEATS,
                "SELECT m.message_id, m.seller_id, s.kvk_number, m.order_id, m.sent_at,"
                        + " (SELECT COUNT(*)" + EARLIER + ") AS earlier,"
                        + " (SELECT MIN(e.message_id)" + EARLIER + ") AS first_request"
                        + " FROM stg_review_request m JOIN stg_seller s ON s.run_id = m.run_id AND s.seller_id = m.seller_id"
                        + " WHERE m.run_id = ? AND s.marketplace = 'AMAZON'"
                        + " ORDER BY m.seller_id, m.message_id",
                ps -> ps.setLong(1, run.runId()),
                (rs, i) -> new Request(rs.getString("message_id"), rs.getString("seller_id"), rs.getString("kvk_number"),
                        rs.getString("order_id"), Rows.instant(rs, "sent_at"), rs.getLong("earlier"), rs.getString("first_request")));
        return steps.<Request, Finding>chunk(AUDIT_REPEATS, reader,
                request -> enabled ? rule.check(request.messageId(), request.orderId(), request.sentAt(), request.earlier(),
                                request.first())
                        .map(v -> Finding.of(rule, run.rules().settings(), request.sellerId(), request.kvkNumber(), request.orderId(), v))
                        .orElse(null) : null,
                chunk -> findings.insert(run.runId(), AUDIT_REPEATS, List.copyOf(chunk.getItems())));
    }
}
