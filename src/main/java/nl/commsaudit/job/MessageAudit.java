package nl.commsaudit.job;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;
import nl.commsaudit.ingest.AheadListener;
import nl.commsaudit.ingest.OrderStore;
import nl.commsaudit.ingest.RowValidator;
import nl.commsaudit.ingest.SourceRow;
import nl.commsaudit.ingest.StageItem;
import nl.commsaudit.ingest.StagedRowsListener;
import nl.commsaudit.ingest.StagedSellers;
import nl.commsaudit.rules.Finding;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.message.MessageRule;
import nl.commsaudit.rules.message.OrderContext;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.LinkPolicy;
import nl.commsaudit.text.MessageText;
import nl.commsaudit.text.TextDetectors;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Judges message bodies in the streaming pass that stages them (bodies are not copied into the
 * database): the messages a seller sent are run through the message rules of the seller's marketplace,
 * and the findings are written in the transaction of the chunk that stages the messages. Judging is the
 * CPU-heavy part of an audit and runs on all cores ({@link Parallel}):
 * <ul>
 * <li>Rows a CSV reader parses ahead ({@link AheadListener}) are judged ahead, in batches of
 * {@value #BATCH}, while the step's thread is still inserting and committing earlier chunks; each batch
 * validates its rows as the step will and looks up their sellers (staged and committed by an earlier
 * step) with a connection of its own, and their orders in the run's order store. When the chunk is staged, the step's thread takes the
 * batches' results, and runs itself any batch no thread has started yet.</li>
 * <li>Other rows (a database source) are judged when their chunk is staged, on every core, while the
 * step's thread inserts the rows.</li>
 * </ul>
 * Either way a message's findings depend only on its row and the staged sellers and orders, and they are
 * stored in row order, so outputs do not depend on thread timing. A row judged ahead that the step then
 * rejects (a duplicate id, an unknown seller) is not staged, and its findings are dropped.
 */
final class MessageAudit implements StagedRowsListener, AheadListener, StepExecutionListener {

    /** Rows judged together ahead: one task, one connection for their sellers. */
    static final int BATCH = 32;
    private static final String SELLER = "SELLER";
    /** The marketplaces whose message rules read a message's order ({@link SellerMessage#order()}). */
    private static final Set<Marketplace> ORDER_RULES = java.util.EnumSet.of(Marketplace.AMAZON);

    private final AuditRun run;
    private final NamedParameterJdbcTemplate jdbc;
    private final FindingStore findings;
    private final TextDetectors detectors;
    private final StagedSellers stagedSellers;
    private final RowValidator validator = new RowValidator();
    /** Batches told ahead, by the line of each of their rows, until their chunk is staged. */
    private final ConcurrentSkipListMap<Long, Batch> ahead = new ConcurrentSkipListMap<>();
    /** The batch being filled; the reading thread's only. */
    private Batch filling;
    /** Set when the step is over: rows still told are not judged. */
    private volatile boolean over;
    private volatile LinkPolicy links;

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

    /** What one message gave: its findings, and its review request (or {@code null}). */
    private record Judged(List<Finding> findings, ReviewRequest reviewRequest) {
        static final Judged NOTHING = new Judged(List.of(), null);
    }

    /** A review or feedback request of an Amazon seller for an order, for "audit-review-repeats". */
    private record ReviewRequest(String messageId, String sellerId, String orderId, OffsetDateTime sentAt) {
    }

    /** Rows told ahead, judged together once sealed (full, or the last ones). */
    private final class Batch {
        final List<SourceRow> rows = new ArrayList<>(BATCH);
        final CompletableFuture<FutureTask<Map<Long, Judged>>> sealed = new CompletableFuture<>();

        void seal() {
            FutureTask<Map<Long, Judged>> task = new FutureTask<>(() -> judgeAhead(rows));
            sealed.complete(task);
            if (!over) {
                Parallel.execute(task);
            }
        }

        /** Runs the batch on the calling thread, unless a thread has started it already. */
        void help() {
            sealed.join().run(); // the reading thread seals it soon: it reads on (up to a chunk ahead), or has ended
        }

        /** The results by line, once done. */
        Map<Long, Judged> results() {
            try {
                return sealed.join().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while judging", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            }
        }
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        over = false;
    }

    @Override
    public void read(SourceRow row) {
        if (over || run.rules().messageRules().isEmpty()) {
            return;
        }
        if (filling == null) {
            filling = new Batch();
        }
        filling.rows.add(row);
        ahead.put(row.line(), filling);
        if (filling.rows.size() == BATCH) {
            filling.seal();
            filling = null;
        }
    }

    @Override
    public void ended() {
        if (filling != null) {
            filling.seal();
            filling = null;
        }
    }

    /** The step is over (done or failed): batches no thread has started are dropped. */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        over = true;
        for (Batch batch : ahead.values()) {
            batch.sealed.thenAccept(task -> task.cancel(false));
        }
        ahead.clear();
        return null;
    }

    @Override
    public Staging staging(long runId, List<StageItem.Valid> rows) {
        if (run.rules().messageRules().isEmpty()) {
            return Staging.NONE;
        }
        Set<Batch> batches = new LinkedHashSet<>();
        List<StageItem.Valid> notAhead = new ArrayList<>();
        for (StageItem.Valid row : rows) {
            Batch batch = ahead.get(row.line());
            if (batch == null) {
                notAhead.add(row);
            } else {
                batches.add(batch);
            }
        }
        // rows not judged ahead: on every core, in slices, while the step's thread inserts the rows; each
        // slice looks up its own sellers (on a pool thread with a connection of its own) and orders
        Parallel.Pending<List<Judged>> pending = notAhead.isEmpty() ? null : Parallel.start(notAhead, slice -> judge(runId, slice));
        return new Staging() {
            @Override
            public void staged() {
                Map<Long, Judged> byLine = new HashMap<>();
                batches.forEach(Batch::help); // the batches no thread has started yet, here
                for (Batch batch : batches) {
                    byLine.putAll(batch.results());
                }
                if (pending != null) {
                    List<Judged> judged = new ArrayList<>(notAhead.size());
                    pending.join().forEach(judged::addAll);
                    for (int i = 0; i < notAhead.size(); i++) {
                        byLine.put(notAhead.get(i).line(), judged.get(i));
                    }
                }
                store(runId, rows, byLine);
                ahead.headMap(rows.get(rows.size() - 1).line(), true).clear(); // and the rejected rows' before
            }

            @Override
            public void abandoned() {
                if (pending != null) {
                    pending.cancel();
                }
            }
        };
    }

    private void store(long runId, List<StageItem.Valid> rows, Map<Long, Judged> byLine) {
        List<Finding> found = new ArrayList<>();
        List<ReviewRequest> reviewRequests = new ArrayList<>();
        for (StageItem.Valid row : rows) {
            Judged judged = byLine.get(row.line());
            if (judged == null) {
                throw new IllegalStateException("message on line " + row.line() + " was not judged");
            }
            found.addAll(judged.findings());
            if (judged.reviewRequest() != null) {
                reviewRequests.add(judged.reviewRequest());
            }
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

    /** A batch told ahead, on a pool thread (or the step's, when it got there first): validated, looked up, judged. */
    private Map<Long, Judged> judgeAhead(List<SourceRow> rows) {
        List<StageItem.Valid> valid = new ArrayList<>(rows.size());
        for (SourceRow source : rows) {
            if (validator.process(source) instanceof StageItem.Valid row) {
                valid.add(row);
            }
        }
        List<Judged> judged = judge(run.runId(), valid);
        Map<Long, Judged> byLine = new HashMap<>();
        for (int i = 0; i < valid.size(); i++) {
            byLine.put(valid.get(i).line(), judged.get(i));
        }
        return byLine;
    }

    /** Each valid row's findings and review request, in row order, its seller and order looked up; on any thread. */
    private List<Judged> judge(long runId, List<StageItem.Valid> rows) {
        List<MessageRule> rules = run.rules().messageRules();
        Map<String, Seller> sellers = sellers(runId, rows);
        Map<String, OrderContext> orders = orders(rows, sellers);
        List<Judged> judged = new ArrayList<>(rows.size());
        for (StageItem.Valid row : rows) {
            judged.add(judge(row, rules, sellers.get(row.sellerId()), orders));
        }
        return judged;
    }

    private Judged judge(StageItem.Valid row, List<MessageRule> rules, Seller seller, Map<String, OrderContext> orders) {
        if (seller == null || !SELLER.equals(row.value("sender"))) {
            return Judged.NOTHING; // a customer's or the platform's words are not the seller's violation
        }
        boolean html = "text/html".equals(row.value("content_type"));
        String orderId = (String) row.value("order_id");
        SellerMessage message = new SellerMessage(row.id(), row.sellerId(), (String) row.value("recipient"),
                row.value("in_reply_to") != null, row.instant("sent_at"),
                MessageText.of((String) row.value("subject"), (String) row.value("body"), html),
                detectors, orderId, orderId == null ? null : orders.get(orderId), (String) row.value("attachments"),
                (String) row.value("body"), html, links());
        ReviewRequest reviewRequest = null;
        if (seller.marketplace() == Marketplace.AMAZON && orderId != null && message.toCustomer()
                && (message.reviewTalk().request() != null || message.reviewTalk().steering() != null)) {
            reviewRequest = new ReviewRequest(row.id(), row.sellerId(), orderId, (OffsetDateTime) row.value("sent_at"));
        }
        List<Finding> found = null;
        for (MessageRule rule : rules) {
            if (rule.marketplace() == seller.marketplace()) {
                Optional<nl.commsaudit.rules.Violation> violation = rule.check(message);
                if (violation.isPresent()) {
                    if (found == null) {
                        found = new ArrayList<>(2);
                    }
                    found.add(Finding.of(rule, run.rules().settings(), row.sellerId(), seller.kvkNumber(), orderId, violation.get()));
                }
            }
        }
        return found == null && reviewRequest == null ? Judged.NOTHING
                : new Judged(found == null ? List.of() : found, reviewRequest);
    }

    private LinkPolicy links() {
        LinkPolicy policy = links;
        if (policy == null) {
            policy = run.rules().linkPolicy();
            links = policy;
        }
        return policy;
    }

    /**
     * The orders of the messages among the rows that a rule will ask about: a proactive message an Amazon
     * seller sent (a customer's message is not judged, only Amazon's rules read the order: AMZ-MSG-LATE,
     * -NO-ORDER-ID, -WRONG-LANGUAGE; a bol.com rule that needs it must be added to {@link #ORDER_RULES};
     * and a reply has none, {@link SellerMessage#order()}), from the run's order store.
     */
    private Map<String, OrderContext> orders(List<StageItem.Valid> rows, Map<String, Seller> sellers) {
        Map<String, OrderContext> found = new HashMap<>();
        for (StageItem.Valid row : rows) {
            Seller seller = sellers.get(row.sellerId());
            if (row.value("order_id") instanceof String orderId && row.value("in_reply_to") == null
                    && SELLER.equals(row.value("sender")) && seller != null && ORDER_RULES.contains(seller.marketplace())
                    && !found.containsKey(orderId)) {
                OrderStore.Order order = run.orders().get(orderId);
                if (order != null) {
                    found.put(orderId, new OrderContext(orderId, order.completedAt(), order.buyerLanguage()));
                }
            }
        }
        return found;
    }

    /** Through the staging writer's memory of the staged sellers (shared by all threads of the step). */
    private Map<String, Seller> sellers(long runId, List<StageItem.Valid> rows) {
        Map<String, Seller> sellers = new HashMap<>();
        stagedSellers.find(runId, rows.stream().map(StageItem.Valid::sellerId).collect(Collectors.toSet())).forEach((id, seller) ->
                sellers.put(id, new Seller(Marketplace.valueOf(seller.marketplace()), seller.kvkNumber())));
        return sellers;
    }
}
