package nl.commsaudit.rules.amazon;

import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.HtmlLint;

/** AMZ-STY-MARGIN: margins or padding over 20% of the width (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzStyMarginRule extends AmazonMessageRule {

    public static final String ID = "AMZ-STY-MARGIN";

    public AmzStyMarginRule() {
        super(ID, Severity.LOW, "Margins or padding over 20% of the width",
                "berichtmarges van meer dan 20% van de maximale breedte");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        return matches(message, message.lint(HtmlLint.Kind.MARGIN), "wide margin: ");
    }
}
