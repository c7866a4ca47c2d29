package nl.commsaudit.rules.amazon;

import java.time.Instant;
import java.util.Optional;
import nl.commsaudit.rules.BaseRule;
import nl.commsaudit.rules.EntityType;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;

/**
 * AMZ-MSG-REVIEW-REPEAT: a second or later review or feedback request for the same order; the later
 * ones are flagged, the first is not. Order of events is by {@code sent_at}, not file order, so this is
 * judged after all messages are staged, from the per-message request flag in the database.
 */
public final class AmzMsgReviewRepeatRule extends BaseRule {

    public static final String ID = "AMZ-MSG-REVIEW-REPEAT";

    public AmzMsgReviewRepeatRule() {
        super(ID, Marketplace.AMAZON, EntityType.MESSAGE, Severity.MEDIUM, "Repeated review or feedback request for one order",
                AmazonMessageRule.POLICY + " (een herhaald verzoek per bestelling voor een productrecensie of feedback)");
    }

    /**
     * @param earlierRequests review requests for the same order sent before this one
     * @param firstRequest    the id of the first of them
     */
    public Optional<Violation> check(String messageId, String orderId, Instant sentAt, long earlierRequests, String firstRequest) {
        if (earlierRequests == 0) {
            return Optional.empty();
        }
        return Optional.of(new Violation(messageId, sentAt, "review request number " + (earlierRequests + 1) + " for order "
                + orderId + " (first: message " + firstRequest + ")"));
    }
}
