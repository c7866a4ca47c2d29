package nl.commsaudit.rules.amazon;

import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;

/** AMZ-CNT-EMAIL-ADDRESS: e-mail address in the message (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzCntEmailAddressRule extends AmazonMessageRule {

    public static final String ID = "AMZ-CNT-EMAIL-ADDRESS";

    public AmzCntEmailAddressRule() {
        super(ID, Severity.HIGH, "E-mail address in the message",
                "e-mailadressen");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        return matches(message, message.personalData().stream()
                .filter(m -> m.kind().equals("e-mail address")).toList(), "");
    }
}
