package nl.commsaudit.rules.amazon;

import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.HtmlLint;

/** AMZ-CNT-TRACKING-PIXEL: tracking pixel (image of at most 1x1 px, or hidden) (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzCntTrackingPixelRule extends AmazonMessageRule {

    public static final String ID = "AMZ-CNT-TRACKING-PIXEL";

    public AmzCntTrackingPixelRule() {
        super(ID, Severity.HIGH, "Tracking pixel (image of at most 1x1 px, or hidden)",
                "volgpixels of -afbeeldingen");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        return matches(message, message.lint(HtmlLint.Kind.TRACKING_PIXEL), "tracking pixel: ");
    }
}
