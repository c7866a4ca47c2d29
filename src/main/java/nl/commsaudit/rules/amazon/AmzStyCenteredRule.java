package nl.commsaudit.rules.amazon;

import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.HtmlLint;

/** AMZ-STY-CENTERED: centred body text (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzStyCenteredRule extends AmazonMessageRule {

    public static final String ID = "AMZ-STY-CENTERED";

    public AmzStyCenteredRule() {
        super(ID, Severity.LOW, "Centred body text",
                "gecentreerde tekst");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        return matches(message, message.lint(HtmlLint.Kind.CENTERED), "centred: ");
    }
}
