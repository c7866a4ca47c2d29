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
 * BOL-SVC-PHONE-NORM: of the calls started in working hours (Dutch holidays only, for every seller),
 * fewer than 90% (setting {@code min-answered-pct}) were answered. Calls outside working hours do not
 * count; needs at least one call in working hours.
 */
public final class BolSvcPhoneNormRule extends BaseRule implements SellerRule {

    public static final String ID = "BOL-SVC-PHONE-NORM";

    private final double minimumPct;
    private final Instant asOfEnd;

    public BolSvcPhoneNormRule(RuleSettings settings, Instant asOfEnd) {
        super(ID, Marketplace.BOL, EntityType.SELLER, Severity.MEDIUM,
                "Fewer than 90% of calls in working hours answered", ServiceNorms.POLICY_PHONE);
        this.minimumPct = settings.number(this, "min-answered-pct", 90);
        this.asOfEnd = asOfEnd;
    }

    @Override
    public Optional<Violation> check(SellerFacts seller) {
        ServiceFigures f = seller.service();
        if (f == null) {
            return Optional.empty();
        }
        return ServiceNorms.percentageNorm(seller.sellerId(), asOfEnd.minusSeconds(1), f.callsAnswered(), f.callsInHours(),
                minimumPct, "calls in working hours answered",
                f.callsOutsideHours() == 0 ? "" : "; " + f.callsOutsideHours() + " calls outside working hours not counted");
    }
}
