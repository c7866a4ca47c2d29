package nl.commsaudit.rules.bol.communication;

import nl.commsaudit.rules.message.MessageRule;
import nl.commsaudit.rules.message.SellerMessage;

import java.util.Optional;
import nl.commsaudit.rules.BaseRule;
import nl.commsaudit.rules.EntityType;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;

/**
 * BOL-COM-REVIEW-REQUEST-SEPARATE: a message whose only purpose is to ask for a review. Not flagged: a
 * review request inside a message that is needed anyway (an answer, the invoice, shipping news).
 */
public final class BolComReviewRequestSeparateRule extends BaseRule implements MessageRule {

    public static final String ID = "BOL-COM-REVIEW-REQUEST-SEPARATE";

    public BolComReviewRequestSeparateRule() {
        super(ID, Marketplace.BOL, EntityType.MESSAGE, Severity.MEDIUM, "A separate review-request mail",
                Policies.SPAM + " (een beoordelingsverzoek van welke aard dan ook in een aparte mail)");
    }

    @Override
    public Optional<Violation> check(SellerMessage message) {
        if (!message.toCustomer() || message.needed()) {
            return Optional.empty();
        }
        return MessageRule.of(message, message.reviewTalk().request(),
                "message with no order handling or answer, only: ");
    }
}
