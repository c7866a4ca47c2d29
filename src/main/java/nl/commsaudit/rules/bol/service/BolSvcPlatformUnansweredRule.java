package nl.commsaudit.rules.bol.service;

import java.time.Duration;
import java.util.Optional;
import nl.commsaudit.rules.BaseRule;
import nl.commsaudit.rules.EntityType;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;

/**
 * BOL-SVC-PLATFORM-UNANSWERED: bol.com itself contacted the seller (origin PLATFORM) and got no response,
 * or a late one, within the 8 working hours. Not flagged: an on-time response, or a deadline still ahead.
 */
public final class BolSvcPlatformUnansweredRule extends BaseRule implements CaseRule {

    public static final String ID = "BOL-SVC-PLATFORM-UNANSWERED";

    private final Duration allowed;

    public BolSvcPlatformUnansweredRule(Duration allowed) {
        super(ID, Marketplace.BOL, EntityType.CASE, Severity.HIGH,
                "bol.com contacted the seller and got no (timely) response", ServiceNorms.POLICY_PLATFORM);
        this.allowed = allowed;
    }

    @Override
    public Optional<Violation> check(CaseAssessment a) {
        if (a.facts().fromCustomer() || !a.missed()) {
            return Optional.empty();
        }
        String evidence = a.late()
                ? "platform contact answered late: first response " + ServiceNorms.local(a.response()) + " after "
                        + ServiceNorms.hours(a.workingTime()) + " working hours; " + CaseRule.deadlineText(a, allowed)
                : "platform contact not answered: " + BolSvcUnansweredRule.unansweredText(a, allowed);
        return Optional.of(new Violation(a.facts().caseId(), a.deadline(), evidence));
    }
}
