package nl.commsaudit.rules.bol.review;

import java.util.List;
import java.util.Optional;
import nl.commsaudit.rules.BaseRule;
import nl.commsaudit.rules.EntityType;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.text.PersonalDataDetector;

/**
 * BOL-REV-PERSONAL-DATA: personal (contact) data in the review text — phone numbers, e-mail addresses,
 * street addresses, postcodes with a house number, IBANs: removable. Not flagged: order numbers,
 * prices, product sizes, dates.
 */
public final class BolRevPersonalDataRule extends BaseRule implements ReviewRule {

    public static final String ID = "BOL-REV-PERSONAL-DATA";

    private final PersonalDataDetector personalData;

    public BolRevPersonalDataRule(PersonalDataDetector personalData) {
        super(ID, Marketplace.BOL, EntityType.REVIEW, Severity.MEDIUM, "Review with personal (contact) data (removable)",
                ReviewPolicy.REMOVAL + " (persoonlijke (contact)gegevens)");
        this.personalData = personalData;
    }

    @Override
    public Optional<Violation> check(ReviewFacts review) {
        return ReviewRule.of(review, review.text() == null ? List.of() : personalData.find(review.text()), "personal data: ");
    }
}
