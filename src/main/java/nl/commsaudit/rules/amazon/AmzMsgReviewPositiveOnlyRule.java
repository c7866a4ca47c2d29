package nl.commsaudit.rules.amazon;

import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.MessageRule;
import nl.commsaudit.rules.message.SellerMessage;

/** AMZ-MSG-REVIEW-POSITIVE-ONLY: asking for a review only after a positive experience (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzMsgReviewPositiveOnlyRule extends AmazonMessageRule {

    public static final String ID = "AMZ-MSG-REVIEW-POSITIVE-ONLY";

    public AmzMsgReviewPositiveOnlyRule() {
        super(ID, Severity.MEDIUM, "Asking for a review only after a positive experience",
                "alleen om een recensie vragen bij een positieve ervaring");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        return MessageRule.of(message, message.reviewTalk().steering(), "");
    }
}
