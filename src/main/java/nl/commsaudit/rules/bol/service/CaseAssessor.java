package nl.commsaudit.rules.bol.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import nl.commsaudit.calendar.WorkingHoursClock;

/**
 * Measures cases against the working-hours clock of their seller's country (rules.md, "Working hours"):
 * on time when the first response came within the allowed working hours of {@code opened_at}, counting
 * from the next working minute; due when that deadline lies before the end of the as-of day.
 */
public final class CaseAssessor {

    private final Instant asOfEnd;
    private final Duration allowed;

    /**
     * @param asOfEnd the end of the as-of day in Europe/Amsterdam
     * @param allowed the working time allowed for a first response (8 hours by the norm)
     */
    public CaseAssessor(Instant asOfEnd, Duration allowed) {
        this.asOfEnd = asOfEnd;
        this.allowed = allowed;
    }

    public Duration allowed() {
        return allowed;
    }

    /** @return the assessment, or {@code null} for a case opened after the as-of day (not yet audited) */
    public CaseAssessment assess(CaseFacts facts) {
        if (!facts.openedAt().isBefore(asOfEnd)) {
            return null;
        }
        WorkingHoursClock clock = WorkingHoursClock.forSellerCases(facts.sellerCountry());
        Instant deadline = clock.deadline(facts.openedAt(), allowed);
        Instant response = facts.firstResponseAt() != null && !facts.firstResponseAt().isAfter(asOfEnd)
                ? facts.firstResponseAt() : null;
        Duration workingTime = response == null ? null : clock.workingTimeBetween(facts.openedAt(), response);
        return new CaseAssessment(facts, asOfEnd, deadline, response, workingTime, deadline.isBefore(asOfEnd),
                isoWeek(facts.openedAt()));
    }

    /** The ISO week of an instant's Amsterdam date, as {@code 2026-W05}. */
    public static String isoWeek(Instant instant) {
        LocalDate day = instant.atZone(WorkingHoursClock.AMSTERDAM).toLocalDate();
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
