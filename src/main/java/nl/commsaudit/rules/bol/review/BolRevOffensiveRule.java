package nl.commsaudit.rules.bol.review;

import java.util.List;
import java.util.Optional;
import nl.commsaudit.rules.BaseRule;
import nl.commsaudit.rules.EntityType;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.text.AbuseDetector;

/**
 * BOL-REV-OFFENSIVE: offensive, insulting or indecent language in the review text: removable. Not
 * flagged: harsh but decent criticism ("waardeloze service, nooit meer").
 */
public final class BolRevOffensiveRule extends BaseRule implements ReviewRule {

    public static final String ID = "BOL-REV-OFFENSIVE";

    private final AbuseDetector abuse;

    public BolRevOffensiveRule(AbuseDetector abuse) {
        super(ID, Marketplace.BOL, EntityType.REVIEW, Severity.MEDIUM, "Review with offensive language (removable)",
                ReviewPolicy.REMOVAL + " (beledigend en aanstootgevend taalgebruik)");
        this.abuse = abuse;
    }

    @Override
    public Optional<Violation> check(ReviewFacts review) {
        return ReviewRule.of(review, review.text() == null ? List.of() : abuse.find(review.text()), "offensive language: ");
    }
}
