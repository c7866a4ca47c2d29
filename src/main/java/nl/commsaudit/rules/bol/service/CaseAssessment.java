package nl.commsaudit.rules.bol.service;

import java.time.Duration;
import java.time.Instant;

/**
 * A case measured against the working-hours clock as of the audit's "now".
 *
 * @param facts       the case
 * @param asOfEnd     the end of the as-of day (the audit's now)
 * @param deadline    the latest moment a first response is on time (8 working hours after opening)
 * @param response    the first response if it came by {@code asOfEnd}, else {@code null}
 * @param workingTime working time from opening to {@code response}, or {@code null} without one
 * @param due         whether the deadline lies before the end of the as-of day
 * @param isoWeek     the ISO week of the opening day in Amsterdam, e.g. {@code 2026-W10}
 */
public record CaseAssessment(
        CaseFacts facts,
        Instant asOfEnd,
        Instant deadline,
        Instant response,
        Duration workingTime,
        boolean due,
        String isoWeek) {

    public boolean onTime() {
        return response != null && !response.isAfter(deadline);
    }

    public boolean late() {
        return response != null && response.isAfter(deadline);
    }

    /** Due and not answered by the end of the as-of day. */
    public boolean unanswered() {
        return response == null && due;
    }

    /** No initial reaction within the working hours allowed: late or unanswered (the weekly warning counts these). */
    public boolean missed() {
        return late() || unanswered();
    }

    /** A response exists in the export but came after the as-of day, so the audit does not know it yet. */
    public boolean respondedAfterAsOf() {
        return response == null && facts.firstResponseAt() != null;
    }
}
