package nl.commsaudit.rules.amazon;

import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.HtmlLint;

/** AMZ-STY-IMAGE-WIDTH: image wider than 80% of the width (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzStyImageWidthRule extends AmazonMessageRule {

    public static final String ID = "AMZ-STY-IMAGE-WIDTH";

    public AmzStyImageWidthRule() {
        super(ID, Severity.LOW, "Image wider than 80% of the width",
                "afbeeldingen groter dan 80% van de maximale breedte");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        return matches(message, message.lint(HtmlLint.Kind.IMAGE_WIDTH), "wide image: ");
    }
}
