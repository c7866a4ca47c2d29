package nl.commsaudit.rules.bol.communication;

import nl.commsaudit.rules.message.MessageRule;
import nl.commsaudit.rules.message.SellerMessage;

import java.util.Optional;
import nl.commsaudit.rules.BaseRule;
import nl.commsaudit.rules.EntityType;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.text.ReviewTalk;

/**
 * BOL-COM-REVIEW-REQUEST-WORDING: a review request inside a needed message that does not literally ask
 * for an "eerlijke beoordeling" ("honest review" in English), after tags are stripped and white space
 * is collapsed. Not flagged: a request with those words; a separate request mail (the SEPARATE rule);
 * a request that steers or buys the review (judged by STEERING and CONDITIONAL instead).
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
        ReviewTalk talk = message.reviewTalk();
        if (!message.toCustomer() || !message.needed() || talk.honestWording()
                || talk.steering() != null || talk.conditional() != null) {
            return Optional.empty(); // a steered or bought review request is judged by those rules, not for its wording
        }
        return MessageRule.of(message, message.reviewTalk().request(),
                "without the words \"eerlijke beoordeling\"/\"honest review\": ");
    }
}
