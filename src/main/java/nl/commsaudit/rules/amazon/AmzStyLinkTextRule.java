package nl.commsaudit.rules.amazon;

import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.HtmlLint;

/** AMZ-STY-LINK-TEXT: link text that does not explain the link (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzStyLinkTextRule extends AmazonMessageRule {

    public static final String ID = "AMZ-STY-LINK-TEXT";

    public AmzStyLinkTextRule() {
        super(ID, Severity.LOW, "Link text that does not explain the link",
                "linkteksten die de link niet uitleggen");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        return matches(message, message.lint(HtmlLint.Kind.LINK_TEXT), "link text: ");
    }
}
