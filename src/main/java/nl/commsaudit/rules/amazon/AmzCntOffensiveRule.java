package nl.commsaudit.rules.amazon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.Match;

/** AMZ-CNT-OFFENSIVE: offensive, erotic, violent or insulting language (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzCntOffensiveRule extends AmazonMessageRule {

    public static final String ID = "AMZ-CNT-OFFENSIVE";

    public AmzCntOffensiveRule() {
        super(ID, Severity.HIGH, "Offensive, erotic, violent or insulting language",
                "aanstootgevende taal");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        List<Match> found = new ArrayList<>(message.abuse());
        found.addAll(message.threats());
        return matches(message, found, "");
    }
}
