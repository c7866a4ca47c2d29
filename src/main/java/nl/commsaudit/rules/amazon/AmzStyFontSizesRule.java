package nl.commsaudit.rules.amazon;

import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.HtmlLint;

/** AMZ-STY-FONT-SIZES: more than three font sizes (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzStyFontSizesRule extends AmazonMessageRule {

    public static final String ID = "AMZ-STY-FONT-SIZES";

    public AmzStyFontSizesRule() {
        super(ID, Severity.LOW, "More than three font sizes",
                "lettertypen in meer dan drie formaten");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        return matches(message, message.lint(HtmlLint.Kind.FONT_SIZES), "");
    }
}
