package nl.commsaudit.rules.bol.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.commsaudit.calendar.Country;
import nl.commsaudit.rules.Violation;
import org.junit.jupiter.api.Test;

/**
 * The three case rules of the service norms, on cases whose deadlines are computed by hand
 * (Mon–Fri 09:00–17:00 Europe/Amsterdam, 8 working hours). As of Friday 2026-11-20.
 */
class ServiceCaseRulesTest {

    private static final Duration EIGHT_HOURS = Duration.ofHours(8);
    private static final Instant AS_OF_END = LocalDate.of(2026, 11, 21).atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toInstant();

    private final CaseAssessor assessor = new CaseAssessor(AS_OF_END, EIGHT_HOURS);
    private final BolSvcLateResponseRule late = new BolSvcLateResponseRule(EIGHT_HOURS);
    private final BolSvcUnansweredRule unanswered = new BolSvcUnansweredRule(EIGHT_HOURS);
    private final BolSvcPlatformUnansweredRule platform = new BolSvcPlatformUnansweredRule(EIGHT_HOURS);

    private static Instant at(String timestamp) {
        return timestamp == null ? null : OffsetDateTime.parse(timestamp).toInstant();
    }

    private CaseAssessment assess(Country country, String origin, String opened, String response) {
        return assessor.assess(new CaseFacts("c1", "s1", "kvk", country, origin, at(opened), at(response)));
    }

    @Test
    void aResponseAfterTheDeadlineIsLateWithTheFiguresAsEvidence() {
        // Fri 16:00-17:00 = 1 h, Mon 09:00-16:30 = 7.5 h: 8.5 working hours; deadline Mon 16:00
        CaseAssessment a = assess(Country.NL, "CUSTOMER", "2026-11-13T16:00:00+01:00", "2026-11-16T16:30:00+01:00");
        Optional<Violation> violation = late.check(a);
        assertThat(violation).isPresent();
        assertThat(violation.get().entityId()).isEqualTo("c1");
        assertThat(violation.get().occurredAt()).isEqualTo(at("2026-11-16T16:00:00+01:00"));
        assertThat(violation.get().evidence()).isEqualTo("first response 2026-11-16 16:30 after 8.5 working hours;"
                + " deadline 2026-11-16 16:00 (8 working hours after opened 2026-11-13 16:00)");
        assertThat(unanswered.check(a)).isEmpty();
        assertThat(platform.check(a)).isEmpty();
    }

    @Test
    void aResponseExactlyOnTheDeadlineIsOnTimeAndOneMinuteLaterIsLate() {
        assertThat(late.check(assess(Country.NL, "CUSTOMER", "2026-11-13T16:00:00+01:00", "2026-11-16T16:00:00+01:00"))).isEmpty();
        assertThat(late.check(assess(Country.NL, "CUSTOMER", "2026-11-13T16:00:00+01:00", "2026-11-16T16:01:00+01:00"))).isPresent();
    }

    @Test
    void aQuestionOpenedAtNineMayBeAnsweredUntilTheNextMorning() {
        // Mon 09:00 + 8 h = Mon 17:00; 17:00-09:00 is no working time, so Tue 09:00 is still on time
        CaseAssessment evening = assess(Country.NL, "CUSTOMER", "2026-11-16T09:00:00+01:00", "2026-11-16T20:00:00+01:00");
        assertThat(evening.onTime()).isTrue();
        assertThat(evening.deadline()).isEqualTo(at("2026-11-17T09:00:00+01:00"));
        assertThat(late.check(evening)).isEmpty();
        assertThat(late.check(assess(Country.NL, "CUSTOMER", "2026-11-16T09:00:00+01:00", "2026-11-17T09:01:00+01:00"))).isPresent();
    }

    @Test
    void aBelgianHolidayCountsForNlAndBeSellersAndKoningsdagOnlyForNl() {
        // Tue 15:00-17:00 = 2 h; Wed 11 Nov (Wapenstilstand, BE) skipped; Thu 09:00-10:30 = 1.5 h: 3.5 h
        assertThat(assess(Country.NL, "CUSTOMER", "2026-11-10T15:00:00+01:00", "2026-11-12T10:30:00+01:00").workingTime())
                .isEqualTo(Duration.ofMinutes(210));
        assertThat(assess(Country.BE, "CUSTOMER", "2026-11-10T15:00:00+01:00", "2026-11-12T10:30:00+01:00").workingTime())
                .isEqualTo(Duration.ofMinutes(210));
        // Fri 24 Apr 16:00 + 1 h, Mon 27 Apr = Koningsdag: a working day in BE, not in NL
        assertThat(assess(Country.BE, "CUSTOMER", "2026-04-24T16:00:00+02:00", "2026-04-27T16:00:00+02:00").onTime()).isTrue();
        assertThat(assess(Country.NL, "CUSTOMER", "2026-04-24T16:00:00+02:00", "2026-04-27T16:00:00+02:00").workingTime())
                .isEqualTo(Duration.ofHours(1));
        assertThat(assess(Country.NL, "CUSTOMER", "2026-04-24T16:00:00+02:00", "2026-04-27T16:00:00+02:00").deadline())
                .isEqualTo(at("2026-04-28T16:00:00+02:00"));
    }

    @Test
    void aQuestionWithoutResponseIsUnansweredOnlyOnceItsDeadlinePassed() {
        CaseAssessment overdue = assess(Country.NL, "CUSTOMER", "2026-11-16T10:00:00+01:00", null);
        assertThat(unanswered.check(overdue)).get().extracting(Violation::evidence).isEqualTo(
                "no response by the end of the as-of day 2026-11-20; deadline 2026-11-17 10:00 (8 working hours after opened 2026-11-16 10:00)");
        // Fri 20 Nov 14:00: deadline Mon 23 Nov 14:00, after the as-of day: not due, not flagged
        CaseAssessment notDue = assess(Country.NL, "CUSTOMER", "2026-11-20T14:00:00+01:00", null);
        assertThat(notDue.due()).isFalse();
        assertThat(unanswered.check(notDue)).isEmpty();
        // Thu 19 Nov 09:00: deadline Fri 20 Nov 09:00 (17:00 rolls to the next morning): due
        assertThat(assess(Country.NL, "CUSTOMER", "2026-11-19T09:00:00+01:00", null).due()).isTrue();
    }

    @Test
    void aResponseAfterTheAsOfDayIsNotKnownYet() {
        CaseAssessment a = assess(Country.NL, "CUSTOMER", "2026-11-16T10:00:00+01:00", "2026-11-23T09:30:00+01:00");
        assertThat(a.response()).isNull();
        assertThat(late.check(a)).isEmpty();
        assertThat(unanswered.check(a)).get().extracting(Violation::evidence).asString()
                .endsWith("the export has a first response at 2026-11-23 09:30, after the as-of day");
    }

    @Test
    void aCaseOpenedAfterTheAsOfDayIsNotAudited() {
        assertThat(assess(Country.NL, "CUSTOMER", "2026-11-21T10:00:00+01:00", null)).isNull();
    }

    @Test
    void platformContactsAreJudgedOnlyByThePlatformRule() {
        CaseAssessment lateReply = assess(Country.BE, "PLATFORM", "2026-11-16T10:00:00+01:00", "2026-11-18T10:00:00+01:00");
        assertThat(late.check(lateReply)).isEmpty();
        assertThat(platform.check(lateReply)).get().extracting(Violation::evidence).asString()
                .startsWith("platform contact answered late: first response 2026-11-18 10:00 after 16 working hours");
        CaseAssessment noReply = assess(Country.BE, "PLATFORM", "2026-11-16T10:00:00+01:00", null);
        assertThat(unanswered.check(noReply)).isEmpty();
        assertThat(platform.check(noReply)).get().extracting(Violation::evidence).asString()
                .startsWith("platform contact not answered: no response by the end of the as-of day 2026-11-20");
        assertThat(platform.check(assess(Country.BE, "PLATFORM", "2026-11-17T10:00:00+01:00", "2026-11-17T12:00:00+01:00"))).isEmpty();
    }

    @Test
    void theClockChangeDoesNotShiftTheDeadline() {
        // Fri 27 Mar 16:00 CET + 1 h; summer time starts Sun 29 Mar; Mon 30 Mar 09:00-16:00 CEST = 7 h
        CaseAssessment a = assess(Country.BE, "CUSTOMER", "2026-03-27T16:00:00+01:00", "2026-03-30T16:00:00+02:00");
        assertThat(a.workingTime()).isEqualTo(EIGHT_HOURS);
        assertThat(a.deadline()).isEqualTo(at("2026-03-30T16:00:00+02:00"));
        assertThat(a.onTime()).isTrue();
        assertThat(CaseAssessor.isoWeek(at("2026-03-30T00:30:00+02:00"))).isEqualTo("2026-W14");
        assertThat(CaseAssessor.isoWeek(at("2026-03-29T23:30:00Z"))).isEqualTo("2026-W14"); // Mon 01:30 local
    }
}
