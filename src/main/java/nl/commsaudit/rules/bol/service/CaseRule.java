package nl.commsaudit.rules.bol.service;

import java.time.Duration;
import java.util.Optional;
import nl.commsaudit.rules.Rule;
import nl.commsaudit.rules.Violation;

/** A rule that judges one case of a BOL seller. */
public interface CaseRule extends Rule {

    Optional<Violation> check(CaseAssessment assessment);

    /** "deadline 2026-03-03 10:00 (8 working hours after opened 2026-03-02 10:00)". */
    static String deadlineText(CaseAssessment a, Duration allowed) {
        return "deadline " + ServiceNorms.local(a.deadline()) + " (" + ServiceNorms.hours(allowed)
                + " working hours after opened " + ServiceNorms.local(a.facts().openedAt()) + ")";
    }
}
