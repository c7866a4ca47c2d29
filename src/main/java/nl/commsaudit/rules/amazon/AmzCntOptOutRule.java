package nl.commsaudit.rules.amazon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.HtmlLint;
import nl.commsaudit.text.Lexicon;
import nl.commsaudit.text.Match;
import nl.commsaudit.text.PatternDetector;

/** AMZ-CNT-OPT-OUT: a link or line to unsubscribe from messages (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzCntOptOutRule extends AmazonMessageRule {

    public static final String ID = "AMZ-CNT-OPT-OUT";

    private final PatternDetector optOut;

    public AmzCntOptOutRule(Lexicon lexicon) {
        super(ID, Severity.MEDIUM, "A link or line to unsubscribe from messages",
                "een link om je af te melden voor berichten");
        this.optOut = new PatternDetector(lexicon, "amz-opt-out", "opt-out");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        List<Match> found = new ArrayList<>(message.lint(HtmlLint.Kind.OPT_OUT_LINK));
        if (found.isEmpty()) {
            found.addAll(optOut.find(message.text().own()));
        }
        return matches(message, found, "");
    }
}
