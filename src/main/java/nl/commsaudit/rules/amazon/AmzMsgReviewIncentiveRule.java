package nl.commsaudit.rules.amazon;

import java.util.List;
import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.Lexicon;
import nl.commsaudit.text.PatternDetector;

/** AMZ-MSG-REVIEW-INCENTIVE: review or feedback encouraged with compensation (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzMsgReviewIncentiveRule extends AmazonMessageRule {

    public static final String ID = "AMZ-MSG-REVIEW-INCENTIVE";

    private final PatternDetector incentive;

    public AmzMsgReviewIncentiveRule(Lexicon lexicon) {
        super(ID, Severity.HIGH, "Review or feedback encouraged with compensation",
                "berichten die aansporen tot recensies of feedback met compensatie");
        this.incentive = new PatternDetector(lexicon, "amz-incentive", "incentive");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        if (message.reviewTalk().conditional() != null) {
            return matches(message, List.of(message.reviewTalk().conditional()), "");
        }
        return matches(message, incentive.find(message.text().own()), "");
    }
}
