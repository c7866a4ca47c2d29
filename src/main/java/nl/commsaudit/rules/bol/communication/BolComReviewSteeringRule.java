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
 * BOL-COM-REVIEW-STEERING: steering the score or content of a review: a specific score or stars, a
 * positive review, a review only if satisfied. Not flagged: pointing to the possibility of a review;
 * after a solution without anything in return, asking "geheel vrijblijvend" to reconsider it.
 */
public final class BolComReviewSteeringRule extends BaseRule implements MessageRule {

    public static final String ID = "BOL-COM-REVIEW-STEERING";

    public BolComReviewSteeringRule() {
        super(ID, Marketplace.BOL, EntityType.MESSAGE, Severity.MEDIUM, "Steering the score or content of a review",
                Policies.BRIBERY + " (sturen op de hoogte en inhoud van de beoordeling)");
    }

    @Override
    public Optional<Violation> check(SellerMessage message) {
        return message.toCustomer() ? MessageRule.of(message, message.reviewTalk().steering(), "") : Optional.empty();
    }
}
