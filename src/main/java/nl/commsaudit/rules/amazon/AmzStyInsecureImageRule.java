package nl.commsaudit.rules.amazon;

import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.HtmlLint;

/** AMZ-STY-INSECURE-IMAGE: image loaded over http (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzStyInsecureImageRule extends AmazonMessageRule {

    public static final String ID = "AMZ-STY-INSECURE-IMAGE";

    public AmzStyInsecureImageRule() {
        super(ID, Severity.LOW, "Image loaded over http",
                "onveilige afbeeldingen (http in plaats van https)");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        return matches(message, message.lint(HtmlLint.Kind.INSECURE_IMAGE), "http image: ");
    }
}
