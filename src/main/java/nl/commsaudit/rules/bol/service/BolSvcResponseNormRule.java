package nl.commsaudit.rules.bol.service;

import java.time.Instant;
import java.util.Optional;
import nl.commsaudit.rules.BaseRule;
import nl.commsaudit.rules.EntityType;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.RuleSettings;
import nl.commsaudit.rules.SellerFacts;
import nl.commsaudit.rules.SellerRule;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;

/**
 * BOL-SVC-RESPONSE-NORM: fewer than 90% (setting {@code min-on-time-pct}) of the seller's due customer
 * questions were answered within 8 working hours. Needs at least one due question.
 */
public final class BolSvcResponseNormRule extends BaseRule implements SellerRule {

    public static final String ID = "BOL-SVC-RESPONSE-NORM";

    private final double minimumPct;
    private final Instant asOfEnd;

    public BolSvcResponseNormRule(RuleSettings settings, Instant asOfEnd) {
        super(ID, Marketplace.BOL, EntityType.SELLER, Severity.MEDIUM,
                "Fewer than 90% of due customer questions answered within 8 working hours", ServiceNorms.POLICY_RESPONSE_NORM);
        this.minimumPct = settings.number(this, "min-on-time-pct", 90);
        this.asOfEnd = asOfEnd;
    }

    @Override
    public Optional<Violation> check(SellerFacts seller) {
        ServiceFigures f = seller.service();
        if (f == null) {
            return Optional.empty();
        }
        return ServiceNorms.percentageNorm(seller.sellerId(), asOfEnd.minusSeconds(1), f.casesOnTime(), f.casesDue(),
                minimumPct, "due customer questions answered on time",
                "; " + (f.casesDue() - f.casesOnTime()) + " late or unanswered");
    }
}
