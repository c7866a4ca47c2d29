package nl.commsaudit.rules.amazon;

import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.HtmlLint;

/** AMZ-STY-IMG-ALT: image without alt text (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzStyImgAltRule extends AmazonMessageRule {

    public static final String ID = "AMZ-STY-IMG-ALT";

    public AmzStyImgAltRule() {
        super(ID, Severity.LOW, "Image without alt text",
                "afbeeldingen zonder alternatieve tekst");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        return matches(message, message.lint(HtmlLint.Kind.IMG_ALT), "no alt text: ");
    }
}
