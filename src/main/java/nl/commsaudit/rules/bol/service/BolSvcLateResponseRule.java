package nl.commsaudit.rules.bol.service;

import java.time.Duration;
import java.util.Optional;
import nl.commsaudit.rules.BaseRule;
import nl.commsaudit.rules.EntityType;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;

/**
 * BOL-SVC-LATE-RESPONSE: a customer question answered, but after the 8-working-hour deadline.
 * Not flagged: an answer exactly on the deadline; cases from the platform (see
 * {@link BolSvcPlatformUnansweredRule}).
 */
public final class BolSvcLateResponseRule extends BaseRule implements CaseRule {

    public static final String ID = "BOL-SVC-LATE-RESPONSE";

    private final Duration allowed;

    public BolSvcLateResponseRule(Duration allowed) {
        super(ID, Marketplace.BOL, EntityType.CASE, Severity.MEDIUM,
                "Customer question answered after the 8-working-hour deadline", ServiceNorms.POLICY_RESPONSE_TIME);
        this.allowed = allowed;
    }

    @Override
    public Optional<Violation> check(CaseAssessment a) {
        if (!a.facts().fromCustomer() || !a.late()) {
            return Optional.empty();
        }
        return Optional.of(new Violation(a.facts().caseId(), a.deadline(),
                "first response " + ServiceNorms.local(a.response()) + " after " + ServiceNorms.hours(a.workingTime())
                        + " working hours; " + CaseRule.deadlineText(a, allowed)));
    }
}
