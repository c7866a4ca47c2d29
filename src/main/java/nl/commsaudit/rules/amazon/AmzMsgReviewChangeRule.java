package nl.commsaudit.rules.amazon;

import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.MessageRule;
import nl.commsaudit.rules.message.SellerMessage;

/** AMZ-MSG-REVIEW-CHANGE: asking to remove or change an existing review (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzMsgReviewChangeRule extends AmazonMessageRule {

    public static final String ID = "AMZ-MSG-REVIEW-CHANGE";

    public AmzMsgReviewChangeRule() {
        super(ID, Severity.MEDIUM, "Asking to remove or change an existing review",
                "verzoek om verwijdering of aanpassing van een bestaande productrecensie");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        return MessageRule.of(message, message.reviewTalk().change(), "");
    }
}
