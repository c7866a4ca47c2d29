package nl.commsaudit.rules.amazon;

import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.HtmlLint;

/** AMZ-STY-FONT: own font family, colour or line height (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzStyFontRule extends AmazonMessageRule {

    public static final String ID = "AMZ-STY-FONT";

    public AmzStyFontRule() {
        super(ID, Severity.LOW, "Own font family, colour or line height",
                "afwijkingen van de standaardregelhoogte, lettertypefamilie of lettertypekleur");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        return matches(message, message.lint(HtmlLint.Kind.FONT), "own font: ");
    }
}
