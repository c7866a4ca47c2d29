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
 * BOL-COM-REVIEW-CONDITIONAL: a solution, refund, replacement, discount or other benefit offered on
 * the condition that the customer places, removes or changes a review. Not flagged: the same solution
 * offered unconditionally.
 */
public final class BolComReviewConditionalRule extends BaseRule implements MessageRule {

    public static final String ID = "BOL-COM-REVIEW-CONDITIONAL";

    public BolComReviewConditionalRule() {
        super(ID, Marketplace.BOL, EntityType.MESSAGE, Severity.HIGH, "Benefit offered on condition of a review",
                Policies.BRIBERY + " (oplossing op voorwaarde dat de klant een beoordeling plaatst of wijzigt)");
    }

    @Override
    public Optional<Violation> check(SellerMessage message) {
        return message.toCustomer() ? MessageRule.of(message, message.reviewTalk().conditional(), "") : Optional.empty();
    }
}
