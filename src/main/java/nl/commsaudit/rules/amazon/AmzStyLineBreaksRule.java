package nl.commsaudit.rules.amazon;

import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.HtmlLint;

/** AMZ-STY-LINE-BREAKS: more than two line breaks in a row (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzStyLineBreaksRule extends AmazonMessageRule {

    public static final String ID = "AMZ-STY-LINE-BREAKS";

    public AmzStyLineBreaksRule() {
        super(ID, Severity.LOW, "More than two line breaks in a row",
                "meer dan twee regeleinden achter elkaar");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        return matches(message, message.lint(HtmlLint.Kind.LINE_BREAKS), "");
    }
}
