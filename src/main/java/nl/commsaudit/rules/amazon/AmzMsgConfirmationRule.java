package nl.commsaudit.rules.amazon;

import nl.commsaudit.text.LexiconPattern;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.Lexicon;
import nl.commsaudit.text.Normalizer;
import nl.commsaudit.text.PatternDetector;

/** AMZ-MSG-CONFIRMATION: order or shipping confirmation (Amazon sends those) (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzMsgConfirmationRule extends AmazonMessageRule {

    public static final String ID = "AMZ-MSG-CONFIRMATION";

    private final PatternDetector confirmation;
    private final LexiconPattern problem;

    public AmzMsgConfirmationRule(Lexicon lexicon) {
        super(ID, Severity.MEDIUM, "Order or shipping confirmation (Amazon sends those)",
                "bevestiging van bestelling of verzending");
        this.confirmation = new PatternDetector(lexicon, "amz-confirmation", "confirmation");
        this.problem = lexicon.alternation("amz-problem");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        if (problem.matcher(Normalizer.lines(message.text().own())).find()) {
            return Optional.empty(); // a delivery problem or delay notice is allowed
        }
        return matches(message, confirmation.find(message.text().own()), "");
    }
}
