package nl.commsaudit.job;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.commsaudit.ingest.KeyLookup;
import nl.commsaudit.ingest.StageItem;
import nl.commsaudit.ingest.StagedSellers;
import nl.commsaudit.ingest.StagedRowsListener;
import nl.commsaudit.rules.Finding;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.message.MessageRule;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.rules.message.OrderContext;
import nl.commsaudit.text.LinkPolicy;
import nl.commsaudit.text.MessageText;
import nl.commsaudit.text.TextDetectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Judges message bodies in the streaming pass that stages them (bodies are not copied into the
 * database): for each staged chunk, the messages a seller sent are run through the message rules of
 * the seller's marketplace, and the findings are written in the same transaction. Judging is the
 * CPU-heavy part of an audit: it runs on all cores ({@link Parallel}), starting while the step's thread
 * inserts the chunk's rows; the reading and writing stay in the step's thread and transaction.
 */
final class MessageAudit implements StagedRowsListener {

    private final AuditRun run;
    private final NamedParameterJdbcTemplate jdbc;
    private final FindingStore findings;
    private final TextDetectors detectors;
    private final StagedSellers stagedSellers;

    /** @param stagedSellers the staging writer's memory of the staged sellers (one lookup per seller per step) */
    MessageAudit(AuditRun run, NamedParameterJdbcTemplate jdbc, TextDetectors detectors, StagedSellers stagedSellers) {
        this.run = run;
        this.jdbc = jdbc;
        this.findings = new FindingStore(jdbc);
        this.detectors = detectors;
        this.stagedSellers = stagedSellers;
    }

    private record Seller(Marketplace marketplace, String kvkNumber) {
    }

    private LinkPolicy links;

    @Override
    public Staging staging(long runId, List<StageItem.Valid> rows) {
        List<MessageRule> rules = run.rules().messageRules();
        if (rules.isEmpty()) {
            return Staging.NONE;
        }
        Map<String, Seller> sellers = sellers(runId, rows.stream().map(StageItem.Valid::sellerId).collect(Collectors.toSet()));
        Map<String, OrderContext> orders = orders(runId, rows.stream().map(r -> (String) r.value("order_id"))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        if (links == null) {
            links = run.rules().linkPolicy();
        }
        // the chunk's messages are judged on every core, in slices, while the step's thread inserts the
        // rows; then it judges along, and the results are put together in row order
        Parallel.Pending<Judged> judging = Parallel.start(rows, slice -> judge(slice, rules, sellers, orders));
        return new Staging() {
            @Override
            public void staged() {
                store(runId, judging.join());
            }

            @Override
            public void abandoned() {
                judging.cancel();
            }
        };
    }

    private void store(long runId, List<Judged> slices) {
        List<Finding> found = new ArrayList<>();
        List<ReviewRequest> reviewRequests = new ArrayList<>();
        for (Judged judged : slices) {
            found.addAll(judged.findings());
            reviewRequests.addAll(judged.reviewRequests());
        }
        findings.insert(runId, StageSteps.stepName(nl.commsaudit.ingest.ExportTable.MESSAGES), found);
        if (!reviewRequests.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO stg_review_request (run_id, message_id, seller_id, order_id, sent_at)"
                            + " VALUES (:run_id, :message_id, :seller_id, :order_id, :sent_at)",
                    reviewRequests.stream().map(r -> new MapSqlParameterSource("run_id", runId)
                            .addValue("message_id", r.messageId()).addValue("seller_id", r.sellerId())
                            .addValue("order_id", r.orderId()).addValue("sent_at", r.sentAt()))
                            .toArray(MapSqlParameterSource[]::new));
        }
    }

    private record Judged(List<Finding> findings, List<ReviewRequest> reviewRequests) {
    }

    /** A review or feedback request of an Amazon seller for an order, for "audit-review-repeats". */
    private record ReviewRequest(String messageId, String sellerId, String orderId, OffsetDateTime sentAt) {
    }

    private Judged judge(List<StageItem.Valid> rows, List<MessageRule> rules, Map<String, Seller> sellers,
            Map<String, OrderContext> orders) {
        List<Finding> found = new ArrayList<>();
        List<ReviewRequest> reviewRequests = new ArrayList<>();
        for (StageItem.Valid row : rows) {
            Seller seller = sellers.get(row.sellerId());
            if (seller == null || !"SELLER".equals(row.value("sender"))) {
                continue; // a customer's or the platform's words are not the seller's violation
            }
            boolean html = "text/html".equals(row.value("content_type"));
            String orderId = (String) row.value("order_id");
            SellerMessage message = new SellerMessage(row.id(), row.sellerId(), (String) row.value("recipient"),
                    row.value("in_reply_to") != null, ((OffsetDateTime) row.value("sent_at")).toInstant(),
                    MessageText.of((String) row.value("subject"), (String) row.value("body"), html),
                    detectors, orderId, orderId == null ? null : orders.get(orderId), (String) row.value("attachments"),
                    (String) row.value("body"), html, links);
            if (seller.marketplace() == Marketplace.AMAZON && orderId != null && message.toCustomer()
                    && (message.reviewTalk().request() != null || message.reviewTalk().steering() != null)) {
                reviewRequests.add(new ReviewRequest(row.id(), row.sellerId(), orderId, (OffsetDateTime) row.value("sent_at")));
            }
            for (MessageRule rule : rules) {
                if (rule.marketplace() == seller.marketplace()) {
                    rule.check(message).ifPresent(v -> found.add(
                            Finding.of(rule, run.rules().settings(), row.sellerId(), seller.kvkNumber(), v)));
                }
            }
        }
        return new Judged(found, reviewRequests);
    }

    private Map<String, OrderContext> orders(long runId, Set<String> ids) {
        return KeyLookup.find(jdbc.getJdbcTemplate(), "SELECT order_id, completed_at, buyer_language FROM stg_order"
                + " WHERE run_id = ? AND order_id = ?", runId, ids,
                rs -> new OrderContext(rs.getString(1), Rows.instant(rs, "completed_at"), rs.getString(3)));
    }

    private Map<String, Seller> sellers(long runId, Set<String> ids) {
        Map<String, Seller> sellers = new HashMap<>();
        stagedSellers.find(runId, ids).forEach((id, seller) ->
                sellers.put(id, new Seller(Marketplace.valueOf(seller.marketplace()), seller.kvkNumber())));
        return sellers;
    }
}
