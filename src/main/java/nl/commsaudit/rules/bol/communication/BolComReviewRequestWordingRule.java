package nl.commsaudit.rules.bol.communication;

import java.util.Optional;
import nl.commsaudit.rules.BaseRule;
import nl.commsaudit.rules.EntityType;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;

/**
 * BOL-COM-REVIEW-REQUEST-WORDING: a review request inside a needed message that does not literally ask
 * for an "eerlijke beoordeling" ("honest review" in English), after tags are stripped and white space
 * is collapsed. Not flagged: a request with those words; a separate request mail (the SEPARATE rule).
 */
public final class BolComReviewRequestWordingRule extends BaseRule implements MessageRule {

    public static final String ID = "BOL-COM-REVIEW-REQUEST-WORDING";

    public BolComReviewRequestWordingRule() {
        super(ID, Marketplace.BOL, EntityType.MESSAGE, Severity.MEDIUM,
                "Review request without the literal words \"eerlijke beoordeling\"",
                Policies.SPAM + " (noem letterlijk eerlijke beoordeling in de mail)");
    }

    @Override
    public Optional<Violation> check(SellerMessage message) {
        if (!message.toCustomer() || !message.needed() || message.reviewTalk().honestWording()) {
            return Optional.empty();
        }
        return MessageRule.of(message, message.reviewTalk().request(),
                "without the words \"eerlijke beoordeling\"/\"honest review\": ");
    }
}
