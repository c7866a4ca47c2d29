package nl.commsaudit.rules.amazon;

import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.HtmlLint;

/** AMZ-CNT-LOGO-LINK: logo or image wrapped in a link to a site that is not Amazon's (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzCntLogoLinkRule extends AmazonMessageRule {

    public static final String ID = "AMZ-CNT-LOGO-LINK";

    public AmzCntLogoLinkRule() {
        super(ID, Severity.MEDIUM, "Logo or image wrapped in a link to a site that is not Amazon's",
                "logo's die een link naar je website bevatten");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        return matches(message, message.lint(HtmlLint.Kind.LOGO_LINK), "image linked to: ");
    }
}
