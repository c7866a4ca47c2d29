package nl.commsaudit.rules.amazon;

import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;

/** AMZ-MSG-MARKETING: marketing or promotion, including coupons and discount codes (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzMsgMarketingRule extends AmazonMessageRule {

    public static final String ID = "AMZ-MSG-MARKETING";

    public AmzMsgMarketingRule() {
        super(ID, Severity.HIGH, "Marketing or promotion, including coupons and discount codes",
                "marketing- of promotieberichten, inclusief kortingsbonnen");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        return matches(message, message.marketing(), "");
    }
}
