package nl.commsaudit.rules.bol.service;

import java.time.Duration;
import java.util.Optional;
import nl.commsaudit.rules.BaseRule;
import nl.commsaudit.rules.EntityType;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;

/**
 * BOL-SVC-UNANSWERED: a customer question without a first response whose deadline has passed by the
 * end of the as-of day. Not flagged: a question whose deadline is still ahead.
 */
public final class BolSvcUnansweredRule extends BaseRule implements CaseRule {

    public static final String ID = "BOL-SVC-UNANSWERED";

    private final Duration allowed;

    public BolSvcUnansweredRule(Duration allowed) {
        super(ID, Marketplace.BOL, EntityType.CASE, Severity.HIGH,
                "Customer question not answered, deadline passed", ServiceNorms.POLICY_UNANSWERED);
        this.allowed = allowed;
    }

    @Override
    public Optional<Violation> check(CaseAssessment a) {
        if (!a.facts().fromCustomer() || !a.unanswered()) {
            return Optional.empty();
        }
        return Optional.of(new Violation(a.facts().caseId(), a.deadline(), unansweredText(a, allowed)));
    }

    static String unansweredText(CaseAssessment a, Duration allowed) {
        String text = "no response by the end of the as-of day " + ServiceNorms.local(a.asOfEnd().minusSeconds(1)).substring(0, 10)
                + "; " + CaseRule.deadlineText(a, allowed);
        if (a.respondedAfterAsOf()) {
            text += "; the export has a first response at " + ServiceNorms.local(a.facts().firstResponseAt())
                    + ", after the as-of day";
        }
        return text;
    }
}
