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
 * BOL-COM-MARKETING: a message to the customer that is not needed to handle the order, or a needed one
 * that also promotes: newsletters, folders, new assortment, discount codes, promotions, campaigns. Not
 * flagged: order handling (shipping, delay, return, invoice, answers), also with a compensation on the
 * order in question; a separate review-request mail (that is BOL-COM-REVIEW-REQUEST-SEPARATE).
 */
public final class BolComMarketingRule extends BaseRule implements MessageRule {

    public static final String ID = "BOL-COM-MARKETING";

    public BolComMarketingRule() {
        super(ID, Marketplace.BOL, EntityType.MESSAGE, Severity.HIGH, "Marketing to the customer's e-mail address",
                Policies.SPAM + " (nieuwsbrief of folder); " + Policies.CUSTOMER_DATA);
    }

    @Override
    public Optional<Violation> check(SellerMessage message) {
        if (!message.toCustomer() || separateReviewRequest(message)) {
            return Optional.empty(); // rules.md: a separate review-request mail is not also marketing
        }
        return MessageRule.of(message, message.marketing(), "");
    }

    private static boolean separateReviewRequest(SellerMessage message) {
        return !message.needed() && message.reviewTalk().request() != null;
    }
}
