package nl.commsaudit.rules.amazon;

import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.Lexicon;
import nl.commsaudit.text.PatternDetector;

/** AMZ-MSG-CANCEL-REQUEST: asking the buyer to cancel because of missing stock (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzMsgCancelRequestRule extends AmazonMessageRule {

    public static final String ID = "AMZ-MSG-CANCEL-REQUEST";

    private final PatternDetector cancel;

    public AmzMsgCancelRequestRule(Lexicon lexicon) {
        super(ID, Severity.MEDIUM, "Asking the buyer to cancel because of missing stock",
                "de koper vragen de bestelling te annuleren wegens gebrek aan voorraad");
        this.cancel = new PatternDetector(lexicon, "amz-cancel", "cancellation request");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        return matches(message, cancel.find(message.text().own()), "");
    }
}
